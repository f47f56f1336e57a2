package io.replydesk.response.rest;

import io.replydesk.events.Author;
import io.replydesk.events.Flag;
import io.replydesk.events.Reason;
import io.replydesk.events.SentimentLabel;
import io.replydesk.response.Assessment;
import io.replydesk.response.Draft;
import io.replydesk.response.DraftOutcome;
import io.replydesk.response.DraftStatus;
import io.replydesk.response.PostSnapshot;
import io.replydesk.response.Situation;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/** A draft as the API shows it; {@code version} is what an edit must send back. */
public record DraftResponse(
        UUID id,
        String postId,
        int postVersion,
        String sourceId,
        String externalId,
        DraftStatus status,
        String language,
        String text,
        long version,
        Post post,
        List<Flag> flags,
        List<Reason> reasons,
        String category,
        int priority,
        Sentiment sentiment,
        Instant createdAt,
        Instant updatedAt,
        String approvedBy,
        Instant approvedAt,
        String rejectedBy,
        Instant rejectedAt,
        String rejectionReason,
        String platformReplyId,
        String failureReason,
        String sourceType,
        Situation situation,
        String careNote,
        Gloss gloss,
        Integer maxLength,
        UUID incidentId,
        Instant observedAt,
        Instant postedAt) {

    /**
     * English help for approvers: {@code post} summarises the post's assessment (no translation runs offline),
     * {@code draft} is the drafted reply rendered from the same English templates; {@code draftCurrent} says
     * whether the text is still the drafted one, so the English matches it exactly.
     */
    public record Gloss(String post, String draft, boolean draftCurrent) {
    }

    /** The post being answered. */
    public record Post(Author author, String text, String url, Integer rating, Integer ratingScale, String language,
            Instant createdAt) {

        static Post from(PostSnapshot post) {
            return new Post(post.author(), post.text(), post.url(), post.rating(), post.ratingScale(),
                    post.language(), post.createdAt());
        }
    }

    /** The post's sentiment as assessed. */
    public record Sentiment(SentimentLabel label, Double score) {
    }

    public static DraftResponse from(Draft draft, OptionalInt maxLength) {
        Assessment assessed = draft.getAssessment();
        DraftOutcome outcome = draft.getOutcome();
        return new DraftResponse(draft.getId(), draft.getPostId(), assessed.postVersion(), draft.getSourceId(),
                draft.getExternalId(), draft.getStatus(), draft.getLanguage(), draft.getText(), draft.getVersion(),
                Post.from(draft.getPost()), assessed.flags(), assessed.reasons(), assessed.category(),
                assessed.priority(), new Sentiment(assessed.sentimentLabel(), assessed.sentimentScore()),
                draft.getCreatedAt(), draft.getUpdatedAt(), outcome.approvedBy(), outcome.approvedAt(),
                outcome.rejectedBy(), outcome.rejectedAt(), outcome.rejectionReason(), outcome.platformReplyId(),
                outcome.failureReason(), draft.getSourceType(), draft.getSituation(), assessed.careNote(),
                new Gloss(assessed.glossPost(), draft.getGlossDraft(), draft.isGlossCurrent()),
                maxLength.isPresent() ? maxLength.getAsInt() : null, draft.getIncidentId(), draft.getObservedAt(),
                outcome.postedAt());
    }
}
