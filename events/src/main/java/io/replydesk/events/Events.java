package io.replydesk.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Factories that fill in the envelope, so producers never hand-write ids, types or versions. */
public final class Events {
    private Events() {
    }

    public static PostAssessed assessed(PostObserved post, String language, double languageConfidence,
            Sentiment sentiment, List<Flag> flags, List<Reason> reasons, String category, int priority) {
        return new PostAssessed(UUID.randomUUID(), PostAssessed.TYPE, PostAssessed.SCHEMA_VERSION, Instant.now(),
                post.eventId(), post, language, languageConfidence, sentiment, flags, reasons, category, priority);
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
