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
 * {@code page}/{@code perPage} paging). Each poll sweeps from the newest page back until it reaches what the
 * last sweep took in (a little further, for reviews published late) and stores its place after every page; see
 * {@link SweepCursor}. The first poll takes the newest page only. Each review links to its page on Trustpilot, where
 * a person can reply; a source whose credential names a business user replies through {@link TrustpilotReplyChannel}.
 */
@ApplicationScoped
public class TrustpilotConnector implements PollingConnector {

    private final TrustpilotApi api;
    private final TrustpilotReviewReader reader;
    private final int pageSize;
    private final Duration overlap;
    private final TrustpilotReplies replies;
    private final Capabilities capabilities;
    private final Capabilities replying;

    public TrustpilotConnector(TrustpilotApi api, TrustpilotReplies replies, CollectorConfig config) {
        this.api = api;
        this.replies = replies;
        this.reader = new TrustpilotReviewReader(config.maxTextLength(), config.trustpilot().clockSkew());
        this.pageSize = Math.max(1, Math.min(100, config.trustpilot().pageSize()));
        this.overlap = config.trustpilot().overlap();
        String coverage = "from the source's creation on: the newest page of the business unit's public reviews"
                + " first, then every later review; older reviews are not fetched.";
        int perPoll = pageSize * Math.max(1, config.polling().maxPagesPerPoll());
        this.capabilities = new Capabilities(null, coverage + " Replies need Trustpilot's private API and a"
                + " business user (a JSON credential with apiKey, apiSecret, username, password, businessUserId);"
                + " with an API key only, open the review's link and answer in Trustpilot Business",
                perPoll, false, null, true);
        this.replying = new Capabilities(null, coverage + " Replies go through Trustpilot's private API as the"
                + " credential's business user; one company reply per review", perPoll, true, null, true);
    }

    @Override
    public Capabilities capabilities(Source source) {
        return replies.canReply(source) ? replying : capabilities;
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
