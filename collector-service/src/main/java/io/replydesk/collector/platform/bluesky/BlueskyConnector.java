package io.replydesk.collector.platform.bluesky;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.EngagementRefresher;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import io.replydesk.collector.platform.PollingConnector;
import io.replydesk.collector.platform.SweepCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import io.replydesk.events.Engagement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bluesky posts matching a search query ({@code app.bsky.feed.searchPosts}, newest first). Search pages only go
 * back in time, so each poll sweeps from the newest page back to what the last sweep took in (with {@code since}
 * a little before it, for posts indexed late) and stores its place after every page; see {@link SweepCursor}. The
 * first poll takes the newest page only; older posts are not fetched.
 */
@ApplicationScoped
public class BlueskyConnector implements PollingConnector, EngagementRefresher {

    private final BlueskyApi api;
    private final PostReader reader;
    private final int pageSize;
    private final Duration overlap;
    private final Capabilities capabilities;

    public BlueskyConnector(BlueskyApi api, CollectorConfig config) {
        this.api = api;
        this.reader = new PostReader(config.maxTextLength(), config.bluesky().clockSkew());
        this.pageSize = Math.max(1, Math.min(100, config.bluesky().pageSize()));
        this.overlap = config.bluesky().overlap();
        this.capabilities = new Capabilities(null,
                "from the source's creation on: the newest page of search results first, then every later public"
                        + " post Bluesky's search finds for the query; older posts are not fetched, and a post whose"
                        + " app dates it more than " + overlap.toMinutes() + " minutes back when it appears can be"
                        + " missed. Follower counts are not part of search results",
                pageSize * Math.max(1, config.polling().maxPagesPerPoll()), true,
                config.bluesky().replyMaxLength(), true).withEngagementRefresh();
    }

    @Override
    public SourceType type() {
        return SourceType.BLUESKY;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<String> settings() {
        return List.of("query", "credential", "baseUrl", "pollInterval");
    }

    @Override
    public PolledPage fetch(Source source, PollCursor cursor) {
        SweepCursor sweep = SweepCursor.parse(cursor.position());
        Instant now = Instant.now();
        String since = sweep.first() ? null : sweep.watermark().minus(overlap).toString();
        BlueskySearch page = api.search(source, since, sweep.page(), pageSize);
        PostReader.Read read = reader.read(page.posts(), now);
        SweepCursor next = sweep.first()
                ? new SweepCursor(read.newest() != null ? read.newest() : now, null, null)
                : sweep.after(read.newest(), page.posts().isEmpty() ? null : page.cursor());
        return new PolledPage(read.posts(), cursor.withPosition(next.position()), next.sweeping(), read.rejected());
    }

    /** app.bsky.feed.getPosts takes at most 25 URIs. */
    @Override
    public int refreshBatchSize() {
        return 25;
    }

    @Override
    public Refreshed refreshEngagement(Source source, List<String> externalIds) {
        List<String> uris = externalIds.stream().filter(id -> AtUri.parse(id).filter(AtUri::isPost).isPresent())
                .toList();
        Map<String, Engagement> counters = new HashMap<>();
        Instant now = Instant.now();
        if (!uris.isEmpty()) {
            for (BlueskyPost view : api.posts(source, uris)) {
                if (view != null && view.uri() != null && uris.contains(view.uri())) {
                    counters.put(view.uri(), PostReader.engagement(view, now));
                }
            }
        }
        // A post Bluesky leaves out of the answer was deleted (or its author blocked us): stop following it.
        Set<String> gone = new HashSet<>(externalIds);
        gone.removeAll(counters.keySet());
        return new Refreshed(counters, gone);
    }
}
