package io.replydesk.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.events.EventCodec;
import io.replydesk.events.Events;
import io.replydesk.events.ReplyApproved;
import io.replydesk.events.ReplyOutcome;
import io.replydesk.events.Topics;
import io.replydesk.stack.test.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Approves a reply over Kafka, as the response service does, and waits for the one outcome the collector publishes. */
public final class Approvals {

    private Approvals() {
    }

    public static ReplyOutcome approveAndWait(String sourceId, String externalId, String text) {
        ReplyApproved approval = Events.approved(UUID.randomUUID(), sourceId + ":" + externalId, sourceId, externalId,
                text, "en", "approver1");
        TestKafka.send(Topics.REPLIES_APPROVED, approval.postId(), EventCodec.toJson(approval));
        List<ReplyOutcome> outcomes = TestKafka.await(Topics.REPLIES_POSTED,
                r -> r.value().contains(approval.draftId().toString()), 1, Duration.ofSeconds(30)).stream()
                .map(r -> EventCodec.fromJson(r.value(), ReplyOutcome.class)).toList();
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }
}
