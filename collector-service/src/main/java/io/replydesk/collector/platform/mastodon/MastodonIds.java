package io.replydesk.collector.platform.mastodon;

import java.time.Instant;

/**
 * Mastodon status ids are snowflakes: milliseconds since the epoch shifted left by 16 bits, plus a sequence
 * (Mastodon::Snowflake in mastodon/mastodon lib/mastodon/snowflake.rb). Search bounds are turned back into times
 * by the server, which is why they are computed here.
 */
final class MastodonIds {

    private static final int SEQUENCE_BITS = 16;

    private MastodonIds() {
    }

    /** The lowest id a status created at {@code time} can have. */
    static String at(Instant time) {
        return String.valueOf(Math.max(0, time.toEpochMilli()) << SEQUENCE_BITS);
    }

    /**
     * The {@code max_id} of the next older search page after a page whose oldest status is {@code oldest}. Newer
     * servers turn {@code max_id} into {@code before:"<time to the second>"} (StatusesSearchService
     * #convert_deprecated_options!), which would drop the unseen statuses of that same second; so the bound is the
     * start of the next second: the page's tail comes again (dropped as duplicates), nothing is skipped. When that
     * would not move below {@code previous} (a page all in one second), the oldest id itself is the bound.
     */
    static String below(String oldest, String previous) {
        try {
            long id = Long.parseLong(oldest);
            long millis = id >>> SEQUENCE_BITS;
            long bound = ((millis / 1000) + 1) * 1000 << SEQUENCE_BITS;
            if (previous != null && bound >= Long.parseLong(previous)) {
                return oldest;
            }
            return String.valueOf(bound);
        } catch (NumberFormatException tooLong) {
            return oldest;
        }
    }
}
