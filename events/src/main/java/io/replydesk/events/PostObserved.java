package io.replydesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A post or review as first seen, and again (with a higher {@code version}) on every engagement update.
 * {@code postId} is {@code <sourceId>:<platform id>}.
 */
public record PostObserved(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String postId,
        int version,
        String sourceId,
        String sourceType,
        PostKind kind,
        String externalId,
        String url,
        Author author,
        String text,
        Integer rating,
        Integer ratingScale,
        String language,
        Instant createdAt,
        Instant observedAt,
        Engagement engagement,
        String inReplyTo,
        boolean replyable) implements Event {

    public static final String TYPE = "PostObserved";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String key() {
        return postId;
    }

    public static String postId(String sourceId, String externalId) {
        return sourceId + ":" + externalId;
    }
}
