package io.replydesk.drills;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.drills.harness.DrillStack;
import io.replydesk.drills.harness.PostStream;
import io.replydesk.drills.harness.RawKafka;
import io.replydesk.drills.invariants.InvariantChecker;
import io.replydesk.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Poison on every topic — a record that is not JSON, JSON of the wrong shape, and an event whose {@code type} is
 * an unknown value — lands on the topic's dead-letter topic with the error, and the consumer goes on with the good
 * records pushed after it (the invariant check proves those were all handled). Unknown values in the events' other
 * enum fields (kind, flags, sentiment label) are read as UNKNOWN by design (EventCodec: a newer producer must not
 * break an older consumer), so they are not poison.
 */
@Order(4)
@ExtendWith(DrillStack.Extension.class)
class PoisonRecordDrillIT {

    private static final String MARK = InvariantChecker.POISON_MARKER;
    private static final Map<String, String> TYPES = Map.of(
            Topics.POSTS_OBSERVED, "PostObserved", Topics.POSTS_ASSESSED, "PostAssessed",
            Topics.REPLIES_APPROVED, "ReplyApproved", Topics.REPLIES_POSTED, "ReplyPosted");

    @Test
    void poisonOnEveryTopicGoesToItsDeadLetterTopic() throws Exception {
        DrillStack drills = DrillStack.get();
        drills.run("poison records", Duration.ofMinutes(6), drill -> {
            RawKafka kafka = drills.kafka();
            for (String topic : TYPES.keySet()) {
                kafka.produce(topic, poison(topic));
            }
            PostStream stream = drill.stream(100, 20, Duration.ofMillis(100));
            drill.approver();
            stream.awaitDone(DrillStack.RESTART_TIMEOUT);
            drills.awaitDrained(Duration.ofMinutes(4));
            StringBuilder note = new StringBuilder("dead letters:");
            for (String topic : TYPES.keySet()) {
                List<RawKafka.Record> dead = kafka.readAll(Topics.deadLetter(topic)).stream()
                        .filter(r -> r.value() != null && r.value().contains(MARK)).toList();
                assertThat(dead).as("poison on %s.dlq", topic).hasSize(poison(topic).size());
                assertThat(dead).as("each carries its error").allSatisfy(r ->
                        assertThat(r.headers().get("dead-letter-reason")).isNotBlank());
                note.append(' ').append(topic).append(".dlq ").append(dead.size());
            }
            drill.note(note.toString());
        });
    }

    private static List<Map.Entry<String, String>> poison(String topic) {
        String key = MARK + ":" + topic;
        return List.of(
                Map.entry(key, MARK + " this is not JSON {"),
                Map.entry(key, "{\"" + MARK + "\": [1, 2, 3], \"eventId\": 42}"),
                Map.entry(key, "{\"eventId\": \"" + UUID.randomUUID() + "\", "
                        + "\"type\": \"" + TYPES.get(topic) + "Retracted\", \"schemaVersion\": 1, "
                        + "\"occurredAt\": \"2026-11-23T10:00:00Z\", \"postId\": \"" + key + "\", "
                        + "\"note\": \"" + MARK + "\"}"));
    }
}
