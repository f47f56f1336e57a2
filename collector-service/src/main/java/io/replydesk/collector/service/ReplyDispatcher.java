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
 * approval finds the row finished and stops; one interrupted mid-call retries with the same key.
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

    public void dispatch(ReplyApproved approval) throws InterruptedException {
        Source source = QuarkusTransaction.requiringNew().call(() -> begin(approval));
        if (source == null) {
            return;
        }
        ReplyResult result = attempt(source, approval);
        QuarkusTransaction.requiringNew().run(() -> finish(approval, result));
    }

    /** @return the source to post to, or null when there is nothing (more) to do */
    private Source begin(ReplyApproved approval) {
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
        delivery.attempt();
        return source;
    }

    private ReplyResult attempt(Source source, ReplyApproved approval) throws InterruptedException {
        ReplyResult result = channels.post(source, approval);
        for (int attempt = 2; attempt <= maxAttempts && result.outcome() == ReplyResult.Outcome.RETRYABLE;
                attempt++) {
            LOG.infof("reply %s: %s; attempt %d of %d", approval.idempotencyKey(), result.reason(), attempt,
                    maxAttempts);
            Thread.sleep(backoff.toMillis() * (1L << (attempt - 2)));
            result = channels.post(source, approval);
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
