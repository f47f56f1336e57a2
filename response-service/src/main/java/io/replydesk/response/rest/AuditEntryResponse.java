package io.replydesk.response.rest;

import io.replydesk.response.AuditAction;
import io.replydesk.response.AuditEntry;
import io.replydesk.response.DraftStatus;
import java.time.Instant;
import java.util.UUID;

/** One audit entry: who did what to which draft, when, and the draft's status and text before and after. */
public record AuditEntryResponse(
        long id,
        String who,
        AuditAction action,
        UUID draftId,
        String postId,
        Instant when,
        State before,
        State after,
        String detail,
        String subject) {

    /**
     * A draft's status and text at one side of the change; null before a draft existed. For other subjects
     * (playbook cells, incidents) status is null and text holds the subject's state as JSON.
     */
    public record State(DraftStatus status, String text) {
    }

    public static AuditEntryResponse from(AuditEntry entry) {
        boolean aboutDraft = entry.getDraftId() != null;
        State before = aboutDraft ? entry.getStatusBefore() == null ? null
                : new State(entry.getStatusBefore(), entry.getTextBefore())
                : entry.getTextBefore() == null ? null : new State(null, entry.getTextBefore());
        return new AuditEntryResponse(entry.getId(), entry.getActor(), entry.getAction(), entry.getDraftId(),
                entry.getPostId(), entry.getAt(), before, new State(entry.getStatusAfter(), entry.getTextAfter()),
                entry.getDetail(), entry.getSubject());
    }
}
