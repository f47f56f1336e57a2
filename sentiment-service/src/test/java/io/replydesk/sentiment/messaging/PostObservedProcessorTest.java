package io.replydesk.sentiment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.EventCodec;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.PostKind;
import io.replydesk.events.PostObserved;
import io.replydesk.events.SentimentLabel;
import io.replydesk.events.Topics;
import io.replydesk.stack.test.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The Kafka path on the real broker: every PostObserved gets one PostAssessed; poison goes to the DLQ. */
@QuarkusTest
class PostObservedProcessorTest {

    private static PostObserved observed(String text, Integer rating) {
        return observed(text, rating, Instant.now(), new Engagement(Instant.now(), 0L, 0L, 0L, null));
    }

    private static PostObserved observed(String text, Integer rating, Instant createdAt, Engagement engagement) {
        String sourceId = "src-" + UUID.randomUUID();
        String externalId = "ext-" + UUID.randomUUID();
        Instant now = Instant.now();
        return new PostObserved(UUID.randomUUID(), PostObserved.TYPE, PostObserved.SCHEMA_VERSION, now,
                PostObserved.postId(sourceId, externalId), 1, sourceId, "webhook", PostKind.REVIEW, externalId, null,
                new Author("giulia", "Giulia", 120L), text, rating, rating == null ? null : 5, null, createdAt, now,
                engagement, null, true);
    }

    private static List<PostAssessed> assessmentsOf(String postId, int atLeast) {
        return TestKafka.await(Topics.POSTS_ASSESSED, r -> postId.equals(r.key()), atLeast, Duration.ofSeconds(60))
                .stream().map(r -> EventCodec.fromJson(r.value(), PostAssessed.class)).toList();
    }

    @Test
    void negativeItalianReviewIsAssessedOnceAndKeyedByPost() {
        PostObserved post = observed("Servizio pessimo: abbiamo aspettato un'ora e il cameriere è stato scortese.", 1);
        TestKafka.send(Topics.POSTS_OBSERVED, post.key(), EventCodec.toJson(post));

        List<PostAssessed> assessed = assessmentsOf(post.postId(), 1);
        assertThat(assessed).hasSize(1);
        PostAssessed judgement = assessed.get(0);
        assertThat(judgement.observedEventId()).isEqualTo(post.eventId());
        assertThat(judgement.post().postId()).isEqualTo(post.postId());
        assertThat(judgement.language()).isEqualTo("it");
        assertThat(judgement.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(judgement.flags()).contains(Flag.NEGATIVE);
        assertThat(judgement.reasons()).anySatisfy(r -> assertThat(r.flag()).isEqualTo(Flag.NEGATIVE));
    }

    @Test
    void positiveEnglishPostRaisesNoFlag() {
        PostObserved post = observed("Wonderful dinner, the staff were lovely and the tiramisu was perfect!", null);
        TestKafka.send(Topics.POSTS_OBSERVED, post.key(), EventCodec.toJson(post));

        PostAssessed judgement = assessmentsOf(post.postId(), 1).get(0);
        assertThat(judgement.language()).isEqualTo("en");
        assertThat(judgement.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(judgement.flags()).doesNotContain(Flag.NEGATIVE);
    }

    @Test
    void aPostThatSpreadsFastIsViral() {
        Instant now = Instant.now();
        PostObserved post = observed("Worst airline ever, they lost my bag and laughed at me.", null,
                now.minus(java.time.Duration.ofMinutes(40)), new Engagement(now, 2400L, 900L, 300L, null));
        TestKafka.send(Topics.POSTS_OBSERVED, post.key(), EventCodec.toJson(post));

        PostAssessed judgement = assessmentsOf(post.postId(), 1).get(0);
        assertThat(judgement.flags()).contains(Flag.NEGATIVE, Flag.VIRAL);
        assertThat(judgement.reasons()).anySatisfy(r -> {
            assertThat(r.flag()).isEqualTo(Flag.VIRAL);
            assertThat(r.detail()).contains("/h");
        });
        assertThat(judgement.priority()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String poisonKey = "poison-" + UUID.randomUUID();
        TestKafka.send(Topics.POSTS_OBSERVED, poisonKey, "{\"eventId\": \"not-a-uuid\", \"text\": [");
        PostObserved after = observed("Rossz volt a kiszolgálás, hideg volt az étel és udvariatlan a pincér.", 1);
        TestKafka.send(Topics.POSTS_OBSERVED, after.key(), EventCodec.toJson(after));

        List<ConsumerRecord<String, String>> dead = TestKafka.await(Topics.deadLetter(Topics.POSTS_OBSERVED),
                r -> poisonKey.equals(r.key()), 1, Duration.ofSeconds(60));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo("{\"eventId\": \"not-a-uuid\", \"text\": [");
        assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();

        PostAssessed judgement = assessmentsOf(after.postId(), 1).get(0);
        assertThat(judgement.language()).isEqualTo("hu");
        assertThat(judgement.flags()).contains(Flag.NEGATIVE);
    }
}
