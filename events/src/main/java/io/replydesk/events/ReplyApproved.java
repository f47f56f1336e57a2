package io.replydesk.events;

import java.time.Instant;
import java.util.UUID;

/** A reply a person approved: the collector posts {@code text} once per {@code idempotencyKey}. */
public record ReplyApproved(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID draftId,
        String postId,
        String sourceId,
        String externalId,
        String text,
        String language,
        String approvedBy,
        String idempotencyKey) implements Event {

    public static final String TYPE = "ReplyApproved";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String key() {
        return postId;
    }
}
