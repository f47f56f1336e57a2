package io.replydesk.response.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.events.EventCodec;
import io.replydesk.events.Events;
import io.replydesk.events.ReplyApproved;
import io.replydesk.events.Topics;
import io.replydesk.messaging.Outbox;
import io.replydesk.response.Assessments;
import io.replydesk.stack.test.TestKafka;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The outbox relay keeps write order: what one transaction adds for a post reaches Kafka in that order. */
@QuarkusTest
class OutboxOrderTest {

    private static final int EVENTS = 12;

    @Inject
    Outbox outbox;

    @Test
    void eventsAddedInOneTransactionReachKafkaInTheOrderTheyWereAdded() {
        String postId = Assessments.newPostId();
        List<ReplyApproved> added = IntStream.range(0, EVENTS).mapToObj(i -> Events.approved(UUID.randomUUID(),
                postId, "test-source", "ext-" + i, "reply " + i, "en", "approver")).toList();

        QuarkusTransaction.requiringNew().run(() -> added.forEach(e -> outbox.add(Topics.REPLIES_APPROVED, e)));

        List<UUID> sent = TestKafka.await(Topics.REPLIES_APPROVED, r -> postId.equals(r.key()), EVENTS,
                Duration.ofSeconds(30)).stream()
                .map(r -> EventCodec.fromJson(r.value(), ReplyApproved.class).eventId()).toList();
        assertThat(sent).containsExactlyElementsOf(added.stream().map(ReplyApproved::eventId).toList());
    }
}
