package io.replydesk.response.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.replydesk.events.EventCodec;
import io.replydesk.events.PostAssessed;
import io.replydesk.messaging.DatabaseRetry;
import io.replydesk.messaging.ProcessedEvents;
import io.replydesk.response.service.AssessmentHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads posts.assessed; a record that is not a PostAssessed throws and goes to posts.assessed.dlq. */
@ApplicationScoped
public class AssessedPostConsumer {

    static final String CONSUMER = "response.posts-assessed";

    @Inject
    ProcessedEvents processed;

    @Inject
    AssessmentHandler handler;

    @Incoming("posts-assessed")
    @Blocking
    public void consume(String json) throws Exception {
        PostAssessed assessed = EventCodec.fromJson(json, PostAssessed.class); // unreadable: to the dead-letter topic
        // a database outage or a race with a reviewer must not dead-letter a good event: wait, or run it again
        DatabaseRetry.retry(assessed.type() + " " + assessed.eventId(),
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    if (processed.firstDelivery(assessed.eventId(), CONSUMER)) {
                        handler.handle(assessed);
                    }
                }));
    }
}
