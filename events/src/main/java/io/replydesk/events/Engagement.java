package io.replydesk.events;

import java.time.Instant;

/** Engagement counters of a post at one moment; a null counter is unknown, not zero. */
public record Engagement(Instant at, Long likes, Long shares, Long replies, Long views) {

    public static Engagement none(Instant at) {
        return new Engagement(at, 0L, 0L, 0L, null);
    }
}
