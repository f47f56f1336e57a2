package io.replydesk.drills;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.drills.harness.DrillStack;
import io.replydesk.drills.harness.PostStream;
import io.replydesk.drills.harness.RawKafka;
import io.replydesk.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every event of one drill's posts delivered a second time: each record on posts.observed, posts.assessed,
 * replies.approved and replies.posted (ReplyPosted and, for a post the platform refuses, ReplyFailed) is written
 * again exactly as it was, same key, same eventId. Consumers must drop them: no second assessment, draft or reply.
 */
@Order(3)
@ExtendWith(DrillStack.Extension.class)
class DuplicateDeliveryDrillIT {

    private static final List<String> TOPICS = List.of(Topics.POSTS_OBSERVED, Topics.POSTS_ASSESSED,
            Topics.REPLIES_APPROVED, Topics.REPLIES_POSTED);

    @Test
    void everyEventDeliveredTwice() throws Exception {
        DrillStack drills = DrillStack.get();
        drills.run("duplicate delivery", Duration.ofMinutes(6), drill -> {
            drills.receiver().refuse(drill.source().postId(PostStream.externalId(4)));
            PostStream stream = drill.stream(100, 20, Duration.ofMillis(100));
            drill.approver();
            stream.awaitDone(DrillStack.RESTART_TIMEOUT);
            drills.awaitDrained(Duration.ofMinutes(4));
            String prefix = drill.source().id() + ":";
            StringBuilder note = new StringBuilder("re-delivered");
            for (String topic : TOPICS) {
                List<Map.Entry<String, String>> again = drills.kafka().readAll(topic).stream()
                        .filter(r -> r.key() != null && r.key().startsWith(prefix))
                        .map(r -> Map.entry(r.key(), r.value())).toList();
                assertThat(again).as("events of this drill on %s", topic).isNotEmpty();
                drills.kafka().produce(topic, again);
                note.append(' ').append(again.size()).append(" on ").append(topic).append(',');
            }
            long failed = drills.kafka().readAll(Topics.REPLIES_POSTED).stream()
                    .filter(r -> r.key() != null && r.key().startsWith(prefix))
                    .filter(r -> r.value().contains("\"ReplyFailed\"")).count();
            assertThat(failed).as("ReplyFailed events of this drill").isPositive();
            drill.note(note + " " + failed + " of them ReplyFailed");
        });
    }
}
