package io.replydesk.collector.platform.mastodon;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.config.MastodonHistoryConfig;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.EngagementRefresher;
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
 * A Mastodon server's hashtag timeline ({@link HashtagPaging}: newest page, back-fill with {@code max_id}, then
 * forward with {@code min_id}) or full-text search of statuses ({@link SearchPaging}: sweeps bounded by
 * {@code min_id}/{@code max_id}). A source follows one of the two: {@code hashtag} or {@code query}.
 */
@ApplicationScoped
public class MastodonConnector implements PollingConnector, EngagementRefresher {

    private final MastodonApi api;
    private final StatusReader reader;
    private final HashtagPaging hashtag;
    private final SearchPaging search;
    private final Capabilities capabilities;
    private final Capabilities searchCapabilities;

    public MastodonConnector(MastodonApi api, CollectorConfig config, MastodonHistoryConfig history) {
        this.api = api;
        this.reader = new StatusReader(config.maxTextLength(), config.mastodon().clockSkew());
        int pageSize = Math.max(1, Math.min(40, config.mastodon().pageSize()));
        int maxBackfillPages = Math.max(1, history.maxBackfillPages());
        this.hashtag = new HashtagPaging(api, reader, pageSize, maxBackfillPages);
        this.search = new SearchPaging(api, reader, pageSize, maxBackfillPages);
        int perPoll = pageSize * Math.max(1, config.polling().maxPagesPerPoll());
        String backfill = " back-fill: the source's backfill (default " + history.defaultBackfill() + ", at most "
                + history.maxBackfill() + ", at most " + (maxBackfillPages * pageSize) + " statuses) before its"
                + " creation (older posts are not fetched)";
        this.capabilities = new Capabilities(null,
                "hashtag timeline: the newest page, then older pages back over the" + backfill + ", then every later"
                        + " status the chosen server knows of (it only knows what its users follow or search)",
                perPoll, true, config.mastodon().replyMaxLength(), true).withEngagementRefresh();
        this.searchCapabilities = new Capabilities(null,
                "full-text search (query): needs a credential, a user access token with read:search, and a server"
                        + " with full-text search enabled (Elasticsearch/OpenSearch). It only finds statuses the"
                        + " server may search: the user's own, ones they interacted with, and posts of accounts that"
                        + " opted in to search (indexable), never all public posts. A single #tag or @user is not"
                        + " searched as text (use hashtag). Sweeps newest first down to the last poll;" + backfill,
                perPoll, true, config.mastodon().replyMaxLength(), true).withEngagementRefresh();
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
    public Capabilities capabilities(Source source) {
        return source.query != null ? searchCapabilities : capabilities;
    }

    @Override
    public List<String> settings() {
        return List.of("baseUrl", "hashtag", "query", "credential", "backfill", "pollInterval");
    }

    @Override
    public PolledPage fetch(Source source, PollCursor cursor) {
        return source.query != null ? search.fetch(source, cursor) : hashtag.fetch(source, cursor);
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
