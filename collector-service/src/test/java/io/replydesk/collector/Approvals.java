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
        return outcome(approve(sourceId, externalId, text));
    }

    /** An approval not yet sent, for tests that stub the platform with what it carries (its key, its time). */
    public static ReplyApproved approval(String sourceId, String externalId, String text) {
        return Events.approved(UUID.randomUUID(), sourceId + ":" + externalId, sourceId, externalId, text, "en",
                "approver1");
    }

    /** Sends a new approval and gives it back, for tests that check what the platform received under its key. */
    public static ReplyApproved approve(String sourceId, String externalId, String text) {
        return send(approval(sourceId, externalId, text));
    }

    public static ReplyApproved send(ReplyApproved approval) {
        TestKafka.send(Topics.REPLIES_APPROVED, approval.postId(), EventCodec.toJson(approval));
        return approval;
    }

    /** The one outcome the collector publishes for the approval. */
    public static ReplyOutcome outcome(ReplyApproved approval) {
        List<ReplyOutcome> outcomes = TestKafka.await(Topics.REPLIES_POSTED,
                r -> r.value().contains(approval.draftId().toString()), 1, Duration.ofSeconds(30)).stream()
                .map(r -> EventCodec.fromJson(r.value(), ReplyOutcome.class)).toList();
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }
}
