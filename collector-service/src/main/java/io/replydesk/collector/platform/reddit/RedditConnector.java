package io.replydesk.collector.platform.reddit;

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
import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.events.Engagement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A subreddit's new submissions ({@code /r/<sub>/new.json}) or a search ({@code search.json}, {@code sort=new},
 * optionally inside the subreddit). Listings only page back in time with {@code after}, so each poll sweeps from the
 * newest page back past what the last sweep took in (a little further, for items that appear late) and stores its
 * place after every page; see {@link SweepCursor}. The first poll takes the newest page only.
 */
@ApplicationScoped
public class RedditConnector implements PollingConnector, EngagementRefresher {

    private final RedditApi api;
    private final ThingReader reader;
    private final int pageSize;
    private final Duration overlap;
    private final Capabilities capabilities;

    public RedditConnector(RedditApi api, CollectorConfig config) {
        this.api = api;
        this.reader = new ThingReader(config.maxTextLength(), config.reddit().clockSkew());
        this.pageSize = Math.max(1, Math.min(100, config.reddit().pageSize()));
        this.overlap = config.reddit().overlap();
        this.capabilities = new Capabilities(null,
                "from the source's creation on: the newest page first, then every later submission of the subreddit"
                        + " or the search; older ones are not fetched. Reddit lists at most about 1000 items per"
                        + " listing, search results can appear late, and authors' follower counts are not shown."
                        + " Replying needs a credential that acts as an account (refresh token or script app)",
                pageSize * Math.max(1, config.polling().maxPagesPerPoll()), true,
                config.reddit().replyMaxLength(), true).withEngagementRefresh();
    }

    @Override
    public SourceType type() {
        return SourceType.REDDIT;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<String> settings() {
        return List.of("subreddit", "query", "credential", "pollInterval");
    }

    @Override
    public PolledPage fetch(Source source, PollCursor cursor) {
        SweepCursor sweep = SweepCursor.parse(cursor.position());
        Instant now = Instant.now();
        RedditListing page = api.listing(source, sweep.page(), pageSize);
        ThingReader.Read read = reader.read(page.things(), now);
        SweepCursor next = sweep.afterPage(read.newest(), read.oldest(), page.things().isEmpty() ? null : page.after(),
                overlap, now);
        return new PolledPage(read.posts(), cursor.withPosition(next.position()), next.sweeping(), read.rejected());
    }

    /** /api/info takes up to 100 fullnames. */
    @Override
    public int refreshBatchSize() {
        return 100;
    }

    @Override
    public Refreshed refreshEngagement(Source source, List<String> externalIds) {
        List<String> fullnames = externalIds.stream().filter(ThingReader::isFullname).toList();
        Map<String, Engagement> counters = new HashMap<>();
        Instant now = Instant.now();
        if (!fullnames.isEmpty()) {
            for (var thing : api.info(source, fullnames).things()) {
                JsonNode data = thing == null ? null : thing.data();
                String name = data == null ? null : data.path("name").asText(null);
                if (name != null && fullnames.contains(name)) {
                    counters.put(name, ThingReader.engagement(data, now));
                }
            }
        }
        Set<String> gone = new HashSet<>(externalIds);
        gone.removeAll(counters.keySet());
        return new Refreshed(counters, gone);
    }
}
