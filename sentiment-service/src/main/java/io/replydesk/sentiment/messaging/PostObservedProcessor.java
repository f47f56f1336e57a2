package io.replydesk.sentiment.messaging;

import io.replydesk.events.EventCodec;
import io.replydesk.events.Events;
import io.replydesk.events.MalformedEventException;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.PostObserved;
import io.replydesk.sentiment.Assessment;
import io.replydesk.sentiment.service.PostAnalyzer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Judges every PostObserved and publishes its PostAssessed, keyed by postId. The outgoing message carries
 * the incoming one's acknowledgement, so the offset is committed only once Kafka has the assessment
 * (at-least-once). A record that is no PostObserved is nacked into {@code posts.observed.dlq} and
 * consumption goes on.
 */
@ApplicationScoped
public class PostObservedProcessor {

    private static final Logger LOG = Logger.getLogger(PostObservedProcessor.class);

    private final PostAnalyzer analyzer;

    public PostObservedProcessor(PostAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Incoming("posts-observed")
    @Outgoing("posts-assessed")
    @Blocking
    public Message<String> assess(Message<String> record) {
        PostObserved post;
        try {
            post = EventCodec.fromJson(record.getPayload(), PostObserved.class);
        } catch (MalformedEventException e) {
            LOG.warnf("Poison record on posts.observed sent to the dead-letter topic: %s", e.getMessage());
            record.nack(e);
            return null; // nothing to publish; the nack above settles the record
        }
        Assessment assessment = analyzer.analyze(post);
        PostAssessed assessed = Events.assessed(post, assessment.language().code(),
                assessment.language().confidence(), assessment.sentiment(), assessment.flags(), assessment.reasons(),
                assessment.category().name(), assessment.priority());
        return record.withPayload(EventCodec.toJson(assessed))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(assessed.key()).build());
    }
}
