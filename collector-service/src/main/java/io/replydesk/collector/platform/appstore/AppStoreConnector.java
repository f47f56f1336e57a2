package io.replydesk.collector.platform.appstore;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.AppStoreConnectConfig;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import io.replydesk.collector.platform.PollingConnector;
import io.replydesk.collector.platform.SweepCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * An app's customer reviews. Without a credential: one storefront, read-only, from Apple's public RSS feed (JSON,
 * newest first, 50 reviews a page, pages 1 to 10: the newest 500 reviews of the storefront). Each poll sweeps from
 * page 1 back until it reaches the newest review the last sweep took in, storing its place after every page (see
 * {@link SweepCursor}); the first poll sweeps all ten pages. The feed cannot answer reviews, and its review ids are
 * not App Store Connect's (the feed's are numbers, the API's are not): each review links to the app's Ratings and
 * Reviews page in App Store Connect, where a person can answer. With an App Store Connect API key as credential, the
 * reviews are read from the API instead ({@link ConnectReviewPaging}), so the ids {@link AppStoreReplyChannel}
 * answers are the API's own.
 */
@ApplicationScoped
public class AppStoreConnector implements PollingConnector {

    /** Apple serves ten pages of 50 reviews per storefront, and nothing older. */
    static final int LAST_PAGE = 10;
    static final int PER_PAGE = 50;

    private final AppStoreApi api;
    private final AppStoreReviewReader reader;
    private final ConnectReviewPaging connect;
    private final Capabilities capabilities;
    private final Capabilities readOnly;

    public AppStoreConnector(AppStoreApi api, CollectorConfig config, AppStoreConnectConfig connectConfig) {
        this.api = api;
        this.reader = new AppStoreReviewReader(config.maxTextLength(), config.appStore().clockSkew());
        int pageSize = Math.max(1, Math.min(200, connectConfig.pageSize()));
        this.connect = new ConnectReviewPaging(api,
                new ConnectReviewReader(config.maxTextLength(), config.appStore().clockSkew()), pageSize);
        this.capabilities = new Capabilities(null, "with a credential (an App Store Connect API key): the app's"
                + " reviews in every territory from the App Store Connect API, from the newest page at the source's"
                + " creation on; ratings without a review are never seen. Replies go through the same API, one"
                + " developer response per review", pageSize * Math.max(1, config.polling().maxPagesPerPoll()), true,
                config.appStore().replyMaxLength(), true);
        this.readOnly = new Capabilities(null, "the newest " + (LAST_PAGE * PER_PAGE) + " reviews of the app in the"
                + " source's storefront (one source per country) from Apple's public feed, whatever their age; older"
                + " reviews and ratings without a review are never seen. Without a credential the source cannot"
                + " answer: open the link to the app's Ratings and Reviews page in App Store Connect and respond"
                + " there", LAST_PAGE * PER_PAGE, false, null, true);
    }

    @Override
    public SourceType type() {
        return SourceType.APP_STORE;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public Capabilities capabilities(Source source) {
        return source.credential == null ? readOnly : capabilities;
    }

    @Override
    public List<String> settings() {
        return List.of("appId", "country", "credential", "baseUrl", "pollInterval");
    }

    @Override
    public PolledPage fetch(Source source, PollCursor cursor) {
        if (source.credential != null) {
            return connect.fetch(source, cursor);
        }
        SweepCursor sweep = SweepCursor.parse(cursor.position());
        int page = page(sweep.page());
        AppStoreReviewReader.Read read = reader.read(api.page(source, page), source.appId, Instant.now());
        boolean reachedMark = !sweep.first() && read.oldest() != null
                && !read.oldest().isAfter(sweep.watermark());
        boolean lastPage = page >= LAST_PAGE || read.entries() == 0;
        SweepCursor next = sweep.after(read.newest(), reachedMark || lastPage ? null : String.valueOf(page + 1));
        return new PolledPage(read.posts(), cursor.withPosition(next.position()), next.sweeping(), read.rejected());
    }

    private static int page(String token) {
        try {
            int page = token == null ? 1 : Integer.parseInt(token);
            return page >= 1 && page <= LAST_PAGE ? page : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
