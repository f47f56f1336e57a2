package io.replydesk.response.service;

import io.quarkus.panache.common.Sort;
import io.replydesk.response.AuditAction;
import io.replydesk.response.AuditEntry;
import io.replydesk.response.Draft;
import io.replydesk.response.DraftStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies changes to drafts and records each one in the caller's transaction, so no change goes unaudited.
 * Deliberately not an interceptor boundary: a refused transition must not mark the caller's transaction for
 * rollback when the caller chooses to skip it.
 */
@ApplicationScoped
public class AuditTrail {

    /** The actor of changes made by the system itself rather than by a person. */
    public static final String SYSTEM = "system";

    public void created(Draft draft) {
        AuditEntry.of(SYSTEM, AuditAction.CREATED, draft, null, null, null).persist();
    }

    /** Runs {@code change} on the draft and records what it did. */
    public void change(Draft draft, String actor, AuditAction action, String detail, Consumer<Draft> change) {
        DraftStatus statusBefore = draft.getStatus();
        String textBefore = draft.getText();
        change.accept(draft);
        AuditEntry.of(actor, action, draft, statusBefore, textBefore, detail).persist();
    }

    /** The newest entries first, for one draft or for all when {@code draftId} is null. */
    public List<AuditEntry> latest(UUID draftId, int limit) {
        Sort newestFirst = Sort.descending("id");
        var query = draftId == null ? AuditEntry.<AuditEntry>findAll(newestFirst)
                : AuditEntry.<AuditEntry>find("draftId", newestFirst, draftId);
        return query.page(0, limit).list();
    }
}
