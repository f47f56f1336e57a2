package io.replydesk.response.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.replydesk.events.EventCodec;
import io.replydesk.events.ReplyOutcome;
import io.replydesk.messaging.DatabaseRetry;
import io.replydesk.messaging.ProcessedEvents;
import io.replydesk.response.service.ReplyOutcomes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads replies.posted (ReplyPosted or ReplyFailed); unreadable records go to replies.posted.dlq. */
@ApplicationScoped
public class ReplyOutcomeConsumer {

    static final String CONSUMER = "response.replies-posted";

    @Inject
    ProcessedEvents processed;

    @Inject
    ReplyOutcomes outcomes;

    @Incoming("replies-posted")
    @Blocking
    public void consume(String json) throws Exception {
        ReplyOutcome outcome = EventCodec.fromJson(json, ReplyOutcome.class); // unreadable: to the dead-letter topic
        // a database outage or a race with a reviewer must not dead-letter a good event: wait, or run it again
        DatabaseRetry.retry(outcome.type() + " " + outcome.eventId(),
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    if (processed.firstDelivery(outcome.eventId(), CONSUMER)) {
                        outcomes.apply(outcome);
                    }
                }));
    }
}
