package io.replydesk.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Factories that fill in the envelope, so producers never hand-write ids, types or versions. */
public final class Events {
    private Events() {
    }

    /**
     * The judgement of one PostObserved. Its event id is derived from the observed event's, so judging the same
     * version again (a redelivered PostObserved, or a sentiment restart before its offsets were committed) makes
     * the same event, which consumers drop as a duplicate: each version is assessed exactly once.
     */
    public static PostAssessed assessed(PostObserved post, String language, double languageConfidence,
            Sentiment sentiment, List<Flag> flags, List<Reason> reasons, String category, int priority) {
        return new PostAssessed(assessmentId(post.eventId()), PostAssessed.TYPE, PostAssessed.SCHEMA_VERSION, Instant.now(),
                post.eventId(), post, language, languageConfidence, sentiment, flags, reasons, category, priority);
    }

    static UUID assessmentId(UUID observedEventId) {
        return UUID.nameUUIDFromBytes((PostAssessed.TYPE + ":" + observedEventId).getBytes(StandardCharsets.UTF_8));
    }

    public static ReplyApproved approved(UUID draftId, String postId, String sourceId, String externalId,
            String text, String language, String approvedBy) {
        return new ReplyApproved(UUID.randomUUID(), ReplyApproved.TYPE, ReplyApproved.SCHEMA_VERSION,
                Instant.now(), draftId, postId, sourceId, externalId, text, language, approvedBy,
                "draft-" + draftId);
    }

    public static ReplyPosted posted(ReplyApproved approval, String platformReplyId, String url) {
        return new ReplyPosted(UUID.randomUUID(), ReplyPosted.TYPE, ReplyPosted.SCHEMA_VERSION, Instant.now(),
                approval.draftId(), approval.postId(), approval.idempotencyKey(), platformReplyId, url);
    }

    public static ReplyFailed failed(ReplyApproved approval, String reason, boolean retryable) {
        return new ReplyFailed(UUID.randomUUID(), ReplyFailed.TYPE, ReplyFailed.SCHEMA_VERSION, Instant.now(),
                approval.draftId(), approval.postId(), approval.idempotencyKey(), reason, retryable);
    }
}
