package io.replydesk.collector.platform.mastodon;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.EngagementRefresher;
import io.replydesk.collector.platform.LinkHeader;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import io.replydesk.collector.platform.PollingConnector;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import io.replydesk.events.Engagement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Mastodon hashtag timeline, paged forward with {@code min_id}: each page holds the statuses immediately newer
 * than the cursor, so nothing between two polls is skipped, however busy the tag. The first poll starts from the
 * newest page; older statuses are not fetched.
 */
@ApplicationScoped
public class MastodonConnector implements PollingConnector, EngagementRefresher {

    private final MastodonApi api;
    private final StatusReader reader;
    private final int pageSize;
    private final Capabilities capabilities;

    public MastodonConnector(MastodonApi api, CollectorConfig config) {
        this.api = api;
        this.reader = new StatusReader(config.maxTextLength(), config.mastodon().clockSkew());
        this.pageSize = Math.max(1, Math.min(40, config.mastodon().pageSize()));
        this.capabilities = new Capabilities(null,
                "from the source's creation on: the newest page of the hashtag first, then every later status the"
                        + " chosen server knows of (it only knows what its users follow or search); older posts are"
                        + " not fetched",
                pageSize * Math.max(1, config.polling().maxPagesPerPoll()), true,
                config.mastodon().replyMaxLength(), true).withEngagementRefresh();
    }

    @Override
    public SourceType type() {
        return SourceType.MASTODON;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<String> settings() {
        return List.of("baseUrl", "hashtag", "credential", "pollInterval");
    }

    @Override
    public PolledPage fetch(Source source, PollCursor cursor) {
        String since = StatusReader.isStatusId(cursor.position()) ? cursor.position() : null;
        MastodonApi.Timeline page = api.tagTimeline(source, since, pageSize);
        StatusReader.Read read = reader.read(page.statuses(), Instant.now());
        // The body's ids decide; the Link header's rel="prev" min_id only helps when no id in the body was usable.
        String next = read.newestId() != null ? read.newestId()
                : LinkHeader.parameter(page.link(), "prev", "min_id").filter(StatusReader::isStatusId).orElse(null);
        next = since == null ? next : StatusReader.newer(since, next);
        boolean more = since != null && page.statuses().size() >= pageSize;
        return new PolledPage(read.posts(), cursor.withPosition(next), more, read.rejected());
    }

    /** Mastodon reads one status per call (GET /api/v1/statuses/{id}). */
    @Override
    public int refreshBatchSize() {
        return 1;
    }

    @Override
    public Refreshed refreshEngagement(Source source, List<String> externalIds) {
        Map<String, Engagement> counters = new HashMap<>();
        Set<String> gone = new HashSet<>();
        Instant now = Instant.now();
        for (String id : externalIds) {
            if (!StatusReader.isStatusId(id)) {
                gone.add(id);
                continue;
            }
            api.status(source, id).ifPresentOrElse(status -> reader.read(List.of(status), now).posts().stream()
                    .filter(post -> id.equals(post.externalId())).findFirst()
                    .ifPresent(post -> counters.put(id, post.engagement())), () -> gone.add(id));
        }
        return new Refreshed(counters, gone);
    }
}
