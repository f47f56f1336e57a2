package io.replydesk.collector.platform.googlebusiness;

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
 * A Google Business Profile location's reviews (accounts.locations.reviews.list, {@code orderBy=updateTime desc},
 * {@code pageToken} paging). Each poll sweeps from the most recently changed review back until it reaches what the
 * last sweep took in (a little further, for late updates) and stores its place after every page; see
 * {@link SweepCursor}. The first poll takes the newest page only.
 */
@ApplicationScoped
public class GoogleBusinessConnector implements PollingConnector {

    private final GoogleBusinessApi api;
    private final BusinessReviewReader reader;
    private final int pageSize;
    private final Duration overlap;
    private final Capabilities capabilities;

    public GoogleBusinessConnector(GoogleBusinessApi api, CollectorConfig config) {
        this.api = api;
        this.reader = new BusinessReviewReader(config.maxTextLength(), config.googleBusiness().clockSkew());
        this.pageSize = Math.max(1, Math.min(50, config.googleBusiness().pageSize()));
        this.overlap = config.googleBusiness().overlap();
        this.capabilities = new Capabilities(null,
                "from the source's creation on: the newest page of the location's reviews first, then every later"
                        + " new or edited review; older reviews are not fetched, ratings without a comment are"
                        + " refused, and an edited review keeps the text first observed. The location must be"
                        + " verified. The API gives no link to a single review",
                pageSize * Math.max(1, config.polling().maxPagesPerPoll()), true,
                config.googleBusiness().replyMaxLength(), false);
    }

    @Override
    public SourceType type() {
        return SourceType.GOOGLE_BUSINESS;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<String> settings() {
        return List.of("location", "credential", "baseUrl", "pollInterval");
    }

    @Override
    public PolledPage fetch(Source source, PollCursor cursor) {
        SweepCursor sweep = SweepCursor.parse(cursor.position());
        Instant now = Instant.now();
        GoogleBusinessReviews page = api.list(source, sweep.page(), pageSize);
        ReviewsRead read = reader.read(page.reviewsOrNone(), now);
        SweepCursor next = sweep.afterPage(read.newest(), read.oldest(),
                page.reviewsOrNone().isEmpty() ? null : page.nextPageToken(), overlap, now);
        return new PolledPage(read.posts(), cursor.withPosition(next.position()), next.sweeping(), read.rejected());
    }
}
