package io.replydesk.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One change to a draft: who did what and when, with status and text before and after. Never updated. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private UUID draftId;
    private String postId;
    @Enumerated(EnumType.STRING)
    private DraftStatus statusBefore;
    @Enumerated(EnumType.STRING)
    private DraftStatus statusAfter;
    private String textBefore;
    private String textAfter;
    private String detail;
    private String subject;

    protected AuditEntry() {
    }

    /** An entry for a change that took {@code draft} from (statusBefore, textBefore) to its current state. */
    public static AuditEntry of(String actor, AuditAction action, Draft draft, DraftStatus statusBefore,
            String textBefore, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor;
        entry.action = action;
        entry.draftId = draft.getId();
        entry.postId = draft.getPostId();
        entry.statusBefore = statusBefore;
        entry.statusAfter = draft.getStatus();
        entry.textBefore = textBefore;
        entry.textAfter = draft.getText();
        entry.detail = detail;
        entry.subject = "draft:" + draft.getId();
        return entry;
    }

    /**
     * An entry for a change to something other than a draft ({@code subject} such as
     * "playbook:it/COMPLAINT/DELAY" or "incident:<id>"), its state before and after as text (JSON).
     */
    public static AuditEntry ofSubject(String actor, AuditAction action, String subject, String before,
            String after, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor;
        entry.action = action;
        entry.subject = subject;
        entry.textBefore = before;
        entry.textAfter = after;
        entry.detail = detail;
        return entry;
    }

    public String getSubject() {
        return subject;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public UUID getDraftId() {
        return draftId;
    }

    public String getPostId() {
        return postId;
    }

    public DraftStatus getStatusBefore() {
        return statusBefore;
    }

    public DraftStatus getStatusAfter() {
        return statusAfter;
    }

    public String getTextBefore() {
        return textBefore;
    }

    public String getTextAfter() {
        return textAfter;
    }

    public String getDetail() {
        return detail;
    }
}
