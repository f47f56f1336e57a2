package io.replydesk.collector.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;

/**
 * What a platform really allows, stated by its connector so the UI can be honest about it.
 *
 * @param coverageWindow how far back the platform lets us see, or null when it sets no fixed limit
 * @param coverage the same in words, including what the window depends on
 * @param maxItemsPerPoll most items one poll can take in, or null when the source decides (a feed's length)
 * @param canReply whether a reply can be posted through the API (a source may still need settings for it)
 * @param replyMaxLength longest reply the platform accepts, in characters, or null when it sets none
 * @param deepLink whether each post carries a link that opens it on the platform
 * @param engagementRefresh whether the counters of recent posts are read again on a decaying schedule
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Capabilities(
        Duration coverageWindow,
        String coverage,
        Integer maxItemsPerPoll,
        boolean canReply,
        Integer replyMaxLength,
        boolean deepLink,
        boolean engagementRefresh) {

    public Capabilities(Duration coverageWindow, String coverage, Integer maxItemsPerPoll, boolean canReply,
            Integer replyMaxLength, boolean deepLink) {
        this(coverageWindow, coverage, maxItemsPerPoll, canReply, replyMaxLength, deepLink, false);
    }

    /** The same capabilities, saying that engagement is refreshed. */
    public Capabilities withEngagementRefresh() {
        return new Capabilities(coverageWindow, coverage, maxItemsPerPoll, canReply, replyMaxLength, deepLink, true);
    }
}
