package io.replydesk.collector.messaging;

import io.replydesk.collector.service.ReplyDispatcher;
import io.replydesk.events.EventCodec;
import io.replydesk.events.ReplyApproved;
import io.replydesk.messaging.DatabaseRetry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Approved replies from the response service; a record that is not one goes to replies.approved.dlq. */
@ApplicationScoped
public class ReplyApprovedConsumer {

    private final ReplyDispatcher dispatcher;

    public ReplyApprovedConsumer(ReplyDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Incoming("replies-approved")
    @Blocking
    public void onApproved(String record) throws Exception {
        ReplyApproved approval = EventCodec.fromJson(record, ReplyApproved.class); // unreadable: dead-letter topic
        // a database outage or a lost race must not dead-letter a good approval: wait and dispatch again (the
        // dispatcher is idempotent per idempotency key, and a dispatch cut short is retried as a retry)
        DatabaseRetry.retry("approval " + approval.idempotencyKey(), () -> dispatcher.dispatch(approval));
    }
}
