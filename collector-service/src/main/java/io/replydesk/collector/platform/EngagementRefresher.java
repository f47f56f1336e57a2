package io.replydesk.collector.platform;

import io.replydesk.collector.Source;
import io.replydesk.events.Engagement;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A connector that can read the current counters of posts it already delivered, so the collector can follow how
 * engagement grows after a post is first seen (virality). Called outside any transaction, one batch at a time.
 */
public interface EngagementRefresher extends SourceConnector {

    /** Most external ids one call of {@link #refreshEngagement} takes (the platform's batch limit). */
    int refreshBatchSize();

    /**
     * Reads the counters of the given posts now.
     *
     * @throws PlatformException.RateLimited when the platform (or our own budget) says to wait
     */
    Refreshed refreshEngagement(Source source, List<String> externalIds) throws Exception;

    /**
     * What one refresh found.
     *
     * @param counters the counters read, by external id
     * @param gone the posts the platform no longer has (deleted, removed): they are not asked for again
     */
    record Refreshed(Map<String, Engagement> counters, Set<String> gone) {
    }
}
