package io.replydesk.response;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who decided on a draft and what posting it did. {@link Draft} checks every transition; this only records it.
 * All columns are null until a decision, and Hibernate then loads no instance: {@link Draft#getOutcome()} answers
 * {@link #NONE} instead.
 */
@Embeddable
public record DraftOutcome(
        @Column(name = "approved_by") String approvedBy,
        @Column(name = "approved_at") Instant approvedAt,
        @Column(name = "rejected_by") String rejectedBy,
        @Column(name = "rejected_at") Instant rejectedAt,
        @Column(name = "rejection_reason") String rejectionReason,
        @Column(name = "platform_reply_id") String platformReplyId,
        @Column(name = "failure_reason") String failureReason,
        @Column(name = "posted_at") Instant postedAt) {

    public static final DraftOutcome NONE = new DraftOutcome(null, null, null, null, null, null, null, null);

    DraftOutcome approved(String by, Instant at) {
        return new DraftOutcome(by, at, rejectedBy, rejectedAt, rejectionReason, platformReplyId, failureReason, postedAt);
    }

    DraftOutcome rejected(String by, Instant at, String reason) {
        return new DraftOutcome(approvedBy, approvedAt, by, at, reason, platformReplyId, failureReason, postedAt);
    }

    /** Clears an earlier failure: the post went out after all. */
    DraftOutcome posted(String replyId, Instant at) {
        return new DraftOutcome(approvedBy, approvedAt, rejectedBy, rejectedAt, rejectionReason, replyId, null, at);
    }

    DraftOutcome failed(String reason) {
        return new DraftOutcome(approvedBy, approvedAt, rejectedBy, rejectedAt, rejectionReason, platformReplyId, reason,
                postedAt);
    }
}
