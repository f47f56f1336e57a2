package io.replydesk.response.messaging;

import io.replydesk.events.EventCodec;
import io.replydesk.events.ReplyOutcome;
import io.replydesk.messaging.ProcessedEvents;
import io.replydesk.response.service.ReplyOutcomes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
    @Transactional
    public void consume(String json) {
        ReplyOutcome outcome = EventCodec.fromJson(json, ReplyOutcome.class);
        if (processed.firstDelivery(outcome.eventId(), CONSUMER)) {
            outcomes.apply(outcome);
        }
    }
}
