package io.replydesk.collector.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.replydesk.collector.ReplyDelivery;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.ReplyResult;
import io.replydesk.events.Events;
import io.replydesk.events.ReplyApproved;
import io.replydesk.events.Topics;
import io.replydesk.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Posts each approval at most once: the delivery row (keyed by the idempotency key) is committed before the
 * platform is called and finished, together with its ReplyPosted/ReplyFailed event, after. A redelivered
 * approval finds the row finished and stops; one interrupted mid-call retries with the same key, and the channel
 * is told it is a retry so it can look for the earlier reply before posting again.
 */
@ApplicationScoped
public class ReplyDispatcher {

    private static final Logger LOG = Logger.getLogger(ReplyDispatcher.class);

    private final ReplyChannels channels;
    private final Outbox outbox;
    private final int maxAttempts;
    private final Duration backoff;

    public ReplyDispatcher(ReplyChannels channels, Outbox outbox, CollectorConfig config) {
        this.channels = channels;
        this.outbox = outbox;
        this.maxAttempts = Math.max(1, config.reply().maxAttempts());
        this.backoff = config.reply().backoff();
    }

    /** The source to post to and how many dispatches of this key began before this one. */
    private record Start(Source source, int earlierDispatches) {
    }

    public void dispatch(ReplyApproved approval) throws InterruptedException {
        Start start = QuarkusTransaction.requiringNew().call(() -> begin(approval));
        if (start == null) {
            return;
        }
        ReplyResult result = attempt(start, approval);
        QuarkusTransaction.requiringNew().run(() -> finish(approval, result));
    }

    /** @return where to post, or null when there is nothing (more) to do */
    private Start begin(ReplyApproved approval) {
        ReplyDelivery delivery = ReplyDelivery.findById(approval.idempotencyKey());
        if (delivery != null && delivery.finished()) {
            LOG.infof("reply %s already %s; redelivered approval dropped", approval.idempotencyKey(),
                    delivery.status);
            return null;
        }
        if (delivery == null) {
            delivery = ReplyDelivery.start(approval, Instant.now());
            delivery.persist();
        }
        Source source = Source.findById(approval.sourceId());
        if (source == null) {
            delivery.failed("source " + approval.sourceId() + " no longer exists", Instant.now());
            outbox.add(Topics.REPLIES_POSTED, Events.failed(approval, delivery.lastError, false));
            return null;
        }
        int earlier = delivery.attempts;
        delivery.attempt();
        return new Start(source, earlier);
    }

    private ReplyResult attempt(Start start, ReplyApproved approval) throws InterruptedException {
        // A dispatch that began before (and never finished) may have reached the platform: count it as a try.
        int first = start.earlierDispatches() + 1;
        ReplyResult result = channels.post(start.source(), approval, first);
        for (int attempt = 2; attempt <= maxAttempts && result.outcome() == ReplyResult.Outcome.RETRYABLE;
                attempt++) {
            LOG.infof("reply %s: %s; attempt %d of %d", approval.idempotencyKey(), result.reason(), attempt,
                    maxAttempts);
            Thread.sleep(backoff.toMillis() * (1L << (attempt - 2)));
            result = channels.post(start.source(), approval, first + attempt - 1);
        }
        return result;
    }

    private void finish(ReplyApproved approval, ReplyResult result) {
        ReplyDelivery delivery = ReplyDelivery.findById(approval.idempotencyKey());
        if (delivery == null || delivery.finished()) {
            return;
        }
        if (result.outcome() == ReplyResult.Outcome.POSTED) {
            delivery.posted(result.platformReplyId(), Instant.now());
            outbox.add(Topics.REPLIES_POSTED, Events.posted(approval, result.platformReplyId(), result.url()));
        } else {
            delivery.failed(result.reason(), Instant.now());
            outbox.add(Topics.REPLIES_POSTED, Events.failed(approval, result.reason(),
                    result.outcome() == ReplyResult.Outcome.RETRYABLE));
        }
    }
}
