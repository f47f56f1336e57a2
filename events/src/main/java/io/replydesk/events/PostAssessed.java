package io.replydesk.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The judgement of one PostObserved version; carries the post so consumers need no other lookup. */
public record PostAssessed(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID observedEventId,
        PostObserved post,
        String language,
        double languageConfidence,
        Sentiment sentiment,
        List<Flag> flags,
        List<Reason> reasons,
        String category,
        int priority) implements Event {

    public static final String TYPE = "PostAssessed";
    public static final int SCHEMA_VERSION = 1;

    public PostAssessed {
        flags = flags == null ? List.of() : List.copyOf(flags);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public String key() {
        return post.postId();
    }

    public boolean flagged(Flag flag) {
        return flags.contains(flag);
    }
}
