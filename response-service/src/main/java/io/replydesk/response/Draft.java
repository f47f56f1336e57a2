package io.replydesk.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.PostObserved;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

/**
 * A reply drafted for one flagged post, and its way through approval and posting. There is one draft per
 * post: later assessments of the same post refresh the pending draft instead of adding another.
 */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    @Id
    private UUID id;
    private String postId;
    private String sourceId;
    private String externalId;
    private String language;
    private String text;
    @Enumerated(EnumType.STRING)
    private DraftStatus status;
    @Embedded
    private Assessment assessment;
    @Embedded
    private PostSnapshot post;
    private Instant createdAt;
    private Instant updatedAt;
    @Embedded
    private DraftOutcome outcome;
    private String sourceType;
    @Enumerated(EnumType.STRING)
    private Situation situation;
    private String glossDraft;
    private String draftedText;
    private Instant observedAt;
    private UUID incidentId;
    @Version
    private long version;

    protected Draft() {
    }

    /**
     * A new PENDING draft for the assessed post.
     *
     * @param glossDraft the reply in English, for approvers who do not read {@code language}
     * @param glossPost an English summary of the post and its assessment
     * @param careNote what the approver should watch for, or null
     */
    public static Draft open(PostAssessed assessed, Situation situation, String language, String text,
            String glossDraft, String glossPost, String careNote) {
        PostObserved observed = assessed.post();
        Draft draft = new Draft();
        draft.id = UUID.randomUUID();
        draft.postId = observed.postId();
        draft.sourceId = observed.sourceId();
        draft.sourceType = observed.sourceType();
        draft.externalId = observed.externalId();
        draft.situation = situation;
        draft.language = language;
        draft.text = text;
        draft.draftedText = text;
        draft.glossDraft = glossDraft;
        draft.status = DraftStatus.PENDING;
        draft.createdAt = now();
        draft.observedAt = observed.observedAt() == null ? null : observed.observedAt().truncatedTo(ChronoUnit.MICROS);
        draft.takeAssessment(assessed, glossPost, careNote);
        return draft;
    }

    /**
     * Takes a newer assessment of the same post (engagement grew, it went viral, it was edited) so the inbox
     * orders by what is true now. The reply text is left alone: a person may already have edited it.
     *
     * @return whether anything was taken; older or repeated versions and decided drafts are left unchanged
     */
    public boolean refresh(PostAssessed assessed, String glossPost, String careNote) {
        if (status != DraftStatus.PENDING || assessed.post().version() <= assessment.postVersion()) {
            return false;
        }
        takeAssessment(assessed, glossPost, careNote);
        return true;
    }

    private void takeAssessment(PostAssessed assessed, String glossPost, String careNote) {
        assessment = Assessment.of(assessed, glossPost, careNote);
        post = PostSnapshot.of(assessed.post());
        updatedAt = now();
    }

    /** @throws StaleDraftException when the caller worked on another version than the stored one */
    public void requireVersion(long expected) {
        if (expected != version) {
            throw new StaleDraftException(id, expected, version);
        }
    }

    public void edit(String newText) {
        requireStatus("edit", DraftStatus.PENDING);
        text = newText;
        updatedAt = now();
    }

    public void approve(String by) {
        requireStatus("approve", DraftStatus.PENDING);
        status = DraftStatus.APPROVED;
        updatedAt = now();
        outcome = getOutcome().approved(by, updatedAt);
    }

    public void reject(String by, String reason) {
        requireStatus("reject", DraftStatus.PENDING);
        status = DraftStatus.REJECTED;
        updatedAt = now();
        outcome = getOutcome().rejected(by, updatedAt, reason);
    }

    /** Also from FAILED: a retry the collector made on its own may still succeed after a reported failure. */
    public void markPosted(String replyId) {
        requireStatus("mark posted", DraftStatus.APPROVED, DraftStatus.FAILED);
        status = DraftStatus.POSTED;
        updatedAt = now();
        outcome = getOutcome().posted(replyId, updatedAt);
    }

    public void markFailed(String reason) {
        requireStatus("mark failed", DraftStatus.APPROVED);
        status = DraftStatus.FAILED;
        outcome = getOutcome().failed(reason);
        updatedAt = now();
    }

    /** Microseconds, as PostgreSQL stores them, so a response shows what a later read returns. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private void requireStatus(String action, DraftStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalTransitionException(id, action, status);
        }
    }

    public UUID getId() {
        return id;
    }

    public String getPostId() {
        return postId;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    public DraftStatus getStatus() {
        return status;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    /** {@link DraftOutcome#NONE} until someone decides. */
    public DraftOutcome getOutcome() {
        return outcome == null ? DraftOutcome.NONE : outcome;
    }

    public PostSnapshot getPost() {
        return post;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Links the draft to the incident its post belongs to. */
    public void joinIncident(UUID incident) {
        incidentId = incident;
    }

    /** Whether the text is still the drafted one, so {@link #getGlossDraft()} glosses it exactly. */
    public boolean isGlossCurrent() {
        return glossDraft != null && text.equals(draftedText);
    }

    /** The text as the playbook drafted it, before any edit. */
    public String getDraftedText() {
        return draftedText;
    }

    public String getSourceType() {
        return sourceType;
    }

    public Situation getSituation() {
        return situation;
    }

    public String getGlossDraft() {
        return glossDraft;
    }

    public Instant getObservedAt() {
        return observedAt;
    }

    public UUID getIncidentId() {
        return incidentId;
    }

    public long getVersion() {
        return version;
    }
}
