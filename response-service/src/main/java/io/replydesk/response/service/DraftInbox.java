package io.replydesk.response.service;

import io.quarkus.panache.common.Sort;
import io.replydesk.events.Events;
import io.replydesk.events.ReplyApproved;
import io.replydesk.events.Topics;
import io.replydesk.messaging.Outbox;
import io.replydesk.response.AuditAction;
import io.replydesk.response.Draft;
import io.replydesk.response.DraftStatus;
import io.replydesk.response.FourEyesException;
import io.replydesk.response.ReplyTooLongException;
import io.replydesk.response.config.ResponseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/** What people do with drafts: list, read, edit, approve and reject, each change audited in its transaction. */
@ApplicationScoped
public class DraftInbox {

    private static final Sort INBOX_ORDER = Sort.descending("assessment.priority").and("createdAt").and("id");

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ReplyLimits limits;

    @Inject
    ResponseConfig config;

    /** Highest priority first, then oldest; all statuses when {@code status} is null. */
    public List<Draft> list(DraftStatus status, int limit) {
        var query = status == null ? Draft.<Draft>findAll(INBOX_ORDER) : Draft.<Draft>find("status", INBOX_ORDER, status);
        return query.page(0, limit).list();
    }

    public Draft get(UUID id) {
        return Draft.<Draft>findByIdOptional(id).orElseThrow(() -> new DraftNotFoundException(id));
    }

    @Transactional
    public Draft edit(UUID id, String text, long expectedVersion, String actor) {
        Draft draft = get(id);
        draft.requireVersion(expectedVersion);
        OptionalInt limit = limitOf(draft);
        int length = text.codePointCount(0, text.length());
        if (limit.isPresent() && length > limit.getAsInt()) {
            throw new ReplyTooLongException(draft.getSourceType(), length, limit.getAsInt());
        }
        audit.change(draft, actor, AuditAction.EDITED, null, d -> d.edit(text));
        return flushed(draft);
    }

    /**
     * Approves the draft and, in the same transaction, queues the ReplyApproved the collector posts. Its
     * idempotency key is fixed per draft, and a draft is approved at most once.
     *
     * @param expectedVersion when not null, the version the approver read: approving text they have not seen
     *     fails instead
     */
    @Transactional
    public Draft approve(UUID id, Long expectedVersion, String actor) {
        Draft draft = get(id);
        if (expectedVersion != null) {
            draft.requireVersion(expectedVersion);
        }
        if (config.fourEyes() && draft.getStatus() == DraftStatus.PENDING && audit.edited(id, actor)) {
            throw new FourEyesException(id, actor);
        }
        audit.change(draft, actor, AuditAction.APPROVED, null, d -> d.approve(actor));
        ReplyApproved approved = Events.approved(draft.getId(), draft.getPostId(), draft.getSourceId(),
                draft.getExternalId(), draft.getText(), draft.getLanguage(), actor);
        outbox.add(Topics.REPLIES_APPROVED, approved);
        return flushed(draft);
    }

    @Transactional
    public Draft reject(UUID id, String reason, String actor) {
        Draft draft = get(id);
        audit.change(draft, actor, AuditAction.REJECTED, reason, d -> d.reject(actor, reason));
        return flushed(draft);
    }

    /** The platform's reply limit for this draft; empty when the platform sets none. */
    public OptionalInt limitOf(Draft draft) {
        return limits.limitFor(draft.getSourceType(), draft.getPost() == null ? null : draft.getPost().authorHandle());
    }

    /** Flushing here makes a concurrent change fail inside the method and shows the new version to the caller. */
    private static Draft flushed(Draft draft) {
        Draft.flush();
        return draft;
    }
}
