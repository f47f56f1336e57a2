package io.replydesk.events;

import java.time.Instant;
import java.util.UUID;

/** The reply could not be posted; {@code reason} is the platform's own words where it gave any. */
public record ReplyFailed(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID draftId,
        String postId,
        String idempotencyKey,
        String reason,
        boolean retryable) implements ReplyOutcome {

    public static final String TYPE = "ReplyFailed";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String key() {
        return postId;
    }
}
