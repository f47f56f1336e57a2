package io.replydesk.events;

import java.time.Instant;
import java.util.UUID;

/** The platform accepted the reply; {@code platformReplyId} is its id there, when it gives one. */
public record ReplyPosted(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID draftId,
        String postId,
        String idempotencyKey,
        String platformReplyId,
        String url) implements ReplyOutcome {

    public static final String TYPE = "ReplyPosted";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String key() {
        return postId;
    }
}
