package io.replydesk.collector;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.replydesk.events.ReplyApproved;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One approved reply on its way to a platform. Stored before the platform is called, so a retry after a crash
 * carries the same idempotency key and a finished delivery is never attempted again.
 */
@Entity
@Table(name = "reply_delivery")
public class ReplyDelivery extends PanacheEntityBase {

    /** Where a delivery stands; only SENDING may be attempted. */
    public enum Status { SENDING, POSTED, FAILED }

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "draft_id")
    public UUID draftId;
    @Column(name = "post_id")
    public String postId;
    @Column(name = "source_id")
    public String sourceId;
    public String text;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    @Column(name = "platform_reply_id")
    public String platformReplyId;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "finished_at")
    public Instant finishedAt;

    public static ReplyDelivery start(ReplyApproved approval, Instant now) {
        ReplyDelivery delivery = new ReplyDelivery();
        delivery.idempotencyKey = approval.idempotencyKey();
        delivery.draftId = approval.draftId();
        delivery.postId = approval.postId();
        delivery.sourceId = approval.sourceId();
        delivery.text = approval.text();
        delivery.approvedBy = approval.approvedBy();
        delivery.status = Status.SENDING;
        delivery.createdAt = now;
        return delivery;
    }

    public static List<ReplyDelivery> ofSource(String sourceId, int limit) {
        return find("sourceId = ?1 order by createdAt desc", sourceId).page(0, limit).list();
    }

    public boolean finished() {
        return status != Status.SENDING;
    }

    public void attempt() {
        requireSending();
        attempts++;
    }

    public void posted(String platformReplyId, Instant now) {
        requireSending();
        this.status = Status.POSTED;
        this.platformReplyId = platformReplyId;
        this.finishedAt = now;
    }

    public void failed(String reason, Instant now) {
        requireSending();
        this.status = Status.FAILED;
        this.lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 2000));
        this.finishedAt = now;
    }

    private void requireSending() {
        if (finished()) {
            throw new IllegalStateException("delivery " + idempotencyKey + " is already " + status);
        }
    }
}
