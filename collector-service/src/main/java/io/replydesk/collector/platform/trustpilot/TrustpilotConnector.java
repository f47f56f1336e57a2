package io.replydesk.collector.platform.trustpilot;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import io.replydesk.collector.platform.PollingConnector;
import io.replydesk.collector.platform.SweepCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A Trustpilot business unit's public service reviews (Business Units API, {@code orderBy=createdat.desc},
 * {@code page}/{@code perPage} paging), read-only. Each poll sweeps from the newest page back until it reaches what the
 * last sweep took in (a little further, for reviews published late) and stores its place after every page; see
 * {@link SweepCursor}. The first poll takes the newest page only. Each review links to its page on Trustpilot, where
 * a person can reply.
 */
@ApplicationScoped
public class TrustpilotConnector implements PollingConnector {

    private final TrustpilotApi api;
    private final TrustpilotReviewReader reader;
    private final int pageSize;
    private final Duration overlap;
    private final Capabilities capabilities;

    public TrustpilotConnector(TrustpilotApi api, CollectorConfig config) {
        this.api = api;
        this.reader = new TrustpilotReviewReader(config.maxTextLength(), config.trustpilot().clockSkew());
        this.pageSize = Math.max(1, Math.min(100, config.trustpilot().pageSize()));
        this.overlap = config.trustpilot().overlap();
        this.capabilities = new Capabilities(null,
                "from the source's creation on: the newest page of the business unit's public reviews first, then"
                        + " every later review; older reviews are not fetched. Replies need Trustpilot's private"
                        + " API and a business user: open the review's link and answer in Trustpilot Business",
                pageSize * Math.max(1, config.polling().maxPagesPerPoll()), false, null, true);
    }

    @Override
    public SourceType type() {
        return SourceType.TRUSTPILOT;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<String> settings() {
        return List.of("businessUnitId", "credential", "baseUrl", "pollInterval");
    }

    @Override
    public PolledPage fetch(Source source, PollCursor cursor) {
        SweepCursor sweep = SweepCursor.parse(cursor.position());
        int page = page(sweep.page());
        Instant now = Instant.now();
        TrustpilotClient.Reviews answer = api.reviews(source, page, pageSize);
        TrustpilotReviewReader.Read read = reader.read(answer.reviewsOrNone(), now);
        SweepCursor next;
        if (sweep.first()) {
            next = new SweepCursor(read.newest() != null ? read.newest() : now, null, null);
        } else {
            boolean reachedMark = read.oldest() != null && !read.oldest().isAfter(sweep.watermark().minus(overlap));
            boolean lastPage = answer.reviewsOrNone().size() < pageSize || !answer.hasNextPage();
            next = sweep.after(read.newest(), reachedMark || lastPage ? null : String.valueOf(page + 1));
        }
        return new PolledPage(read.posts(), cursor.withPosition(next.position()), next.sweeping(), read.rejected());
    }

    private static int page(String token) {
        try {
            int page = token == null ? 1 : Integer.parseInt(token);
            return page >= 1 ? page : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
