package io.replydesk.response.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.replydesk.response.AuditAction;
import io.replydesk.response.AuditEntry;
import io.replydesk.response.Draft;
import io.replydesk.response.DraftStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
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
        AuditEntry.of(SYSTEM, AuditAction.CREATED, draft, null, null, draft.getSituation() == null ? null
                : "situation " + draft.getSituation()).persist();
    }

    /** Runs {@code change} on the draft and records what it did. */
    public void change(Draft draft, String actor, AuditAction action, String detail, Consumer<Draft> change) {
        DraftStatus statusBefore = draft.getStatus();
        String textBefore = draft.getText();
        change.accept(draft);
        AuditEntry.of(actor, action, draft, statusBefore, textBefore, detail).persist();
    }

    /**
     * Runs {@code change} on the draft and records it only when {@code worthRecording} says so afterwards (a new
     * assessment that changed the judgement, not merely the engagement counters).
     */
    public void change(Draft draft, String actor, AuditAction action, String detail, Consumer<Draft> change,
            java.util.function.Predicate<Draft> worthRecording) {
        DraftStatus statusBefore = draft.getStatus();
        String textBefore = draft.getText();
        change.accept(draft);
        if (worthRecording.test(draft)) {
            AuditEntry.of(actor, action, draft, statusBefore, textBefore, detail).persist();
        }
    }

    /** Records a change to something that is not a draft; before and after are its states as text. */
    public void record(String actor, AuditAction action, String subject, String before, String after,
            String detail) {
        AuditEntry.ofSubject(actor, action, subject, before, after, detail).persist();
    }

    /** Every entry about one subject (such as "incident:<id>"), oldest first. */
    public List<AuditEntry> about(String subject) {
        return AuditEntry.<AuditEntry>find("subject", Sort.ascending("id"), subject).list();
    }

    /** Whether {@code actor} ever edited the draft's text (the four-eyes rule asks). */
    public boolean edited(UUID draftId, String actor) {
        return AuditEntry.count("draftId = ?1 and actor = ?2 and action = ?3", draftId, actor,
                AuditAction.EDITED) > 0;
    }

    /** The newest entries first, for one draft or for all when {@code draftId} is null. */
    public List<AuditEntry> latest(UUID draftId, int limit) {
        Sort newestFirst = Sort.descending("id");
        var query = draftId == null ? AuditEntry.<AuditEntry>findAll(newestFirst)
                : AuditEntry.<AuditEntry>find("draftId", newestFirst, draftId);
        return query.page(0, limit).list();
    }

    /** Up to {@code limit} entries in [from, to) after entry {@code afterId}, oldest first: one page of an export. */
    @Transactional
    public List<AuditEntry> page(long afterId, Instant from, Instant to, int limit) {
        return AuditEntry.<AuditEntry>find("id > :after and at >= :from and at < :to", Sort.ascending("id"),
                Parameters.with("after", afterId).and("from", from).and("to", to)).page(0, limit).list();
    }
}
