package io.replydesk.collector.platform.googleplay;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import io.replydesk.collector.platform.PollingConnector;
import io.replydesk.collector.platform.ReviewsRead;
import io.replydesk.collector.platform.SweepCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An app's Google Play reviews (reviews.list, most recently modified first, {@code token} paging). The API only
 * returns reviews with text created or modified in the last 7 days, so a source must poll at least that often;
 * each poll sweeps back with the page token until it reaches what the last sweep took in.
 */
@ApplicationScoped
public class GooglePlayConnector implements PollingConnector {

    private final GooglePlayApi api;
    private final ReviewReader reader;
    private final int pageSize;
    private final Duration overlap;
    private final Capabilities capabilities;

    public GooglePlayConnector(GooglePlayApi api, CollectorConfig config) {
        this.api = api;
        this.reader = new ReviewReader(config.maxTextLength(), config.googlePlay().clockSkew());
        this.pageSize = Math.max(1, Math.min(100, config.googlePlay().pageSize()));
        this.overlap = config.googlePlay().overlap();
        this.capabilities = new Capabilities(Duration.ofDays(7),
                "only reviews with text created or modified in the last 7 days: the Google Play Developer API"
                        + " returns nothing older, and ratings without text never. A review edited later keeps the"
                        + " text first observed",
                pageSize * Math.max(1, config.polling().maxPagesPerPoll()), true,
                config.googlePlay().replyMaxLength(), true);
    }

    @Override
    public SourceType type() {
        return SourceType.GOOGLE_PLAY;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<String> settings() {
        return List.of("packageName", "credential", "baseUrl", "pollInterval");
    }

    @Override
    public PolledPage fetch(Source source, PollCursor cursor) {
        SweepCursor sweep = SweepCursor.parse(cursor.position());
        Instant now = Instant.now();
        GooglePlayReviews page = api.list(source, sweep.page(), pageSize);
        ReviewsRead read = reader.read(source.packageName, page.reviewsOrNone(), now);
        // The first poll takes every review the 7-day window still has: that is the platform's whole coverage.
        boolean reachedMark = !sweep.first()
                && (read.oldest() == null || !read.oldest().isAfter(sweep.watermark().minus(overlap)));
        String nextPage = reachedMark || page.reviewsOrNone().isEmpty() ? null : page.nextPageToken();
        SweepCursor next = sweep.after(read.newest() == null && sweep.first() ? now : read.newest(), nextPage);
        return new PolledPage(read.posts(), cursor.withPosition(next.position()), next.sweeping(), read.rejected());
    }
}
