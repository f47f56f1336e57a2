package io.replydesk.collector.platform.appstore;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
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
 * An app's customer reviews in one App Store storefront, read-only, from Apple's public RSS feed (JSON, newest
 * first, 50 reviews a page, pages 1 to 10: the newest 500 reviews of the storefront). Each poll sweeps from page 1
 * back until it reaches the newest review the last sweep took in, storing its place after every page (see
 * {@link SweepCursor}); the first poll sweeps all ten pages. The feed cannot answer reviews: each review links to
 * the app's Ratings and Reviews page in App Store Connect, where a person can; a source that names an App Store
 * Connect API key as its credential answers through {@link AppStoreReplyChannel}.
 */
@ApplicationScoped
public class AppStoreConnector implements PollingConnector {

    /** Apple serves ten pages of 50 reviews per storefront, and nothing older. */
    static final int LAST_PAGE = 10;
    static final int PER_PAGE = 50;

    private final AppStoreApi api;
    private final AppStoreReviewReader reader;
    private final Capabilities capabilities;
    private final Capabilities readOnly;

    public AppStoreConnector(AppStoreApi api, CollectorConfig config) {
        this.api = api;
        this.reader = new AppStoreReviewReader(config.maxTextLength(), config.appStore().clockSkew());
        String coverage = "the newest " + (LAST_PAGE * PER_PAGE) + " reviews of the app in the source's storefront"
                + " (one source per country), whatever their age; older reviews and ratings without a review are"
                + " never seen.";
        this.capabilities = new Capabilities(null, coverage + " Replies go through the App Store Connect API"
                + " when the source names a credential (an App Store Connect API key); one developer response per"
                + " review", LAST_PAGE * PER_PAGE, true, config.appStore().replyMaxLength(), true);
        this.readOnly = new Capabilities(null, coverage + " Without a credential the source cannot answer: open"
                + " the link to the app's Ratings and Reviews page in App Store Connect and respond there",
                LAST_PAGE * PER_PAGE, false, null, true);
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
