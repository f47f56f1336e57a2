package io.replydesk.collector.platform.yelp;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import io.replydesk.collector.platform.PollingConnector;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * A business's reviews on Yelp through Yelp Fusion: read-only. Yelp shares at most three review excerpts per
 * business and offers no API to answer them, so every review carries its Yelp link for a person to reply by hand.
 */
@ApplicationScoped
public class YelpConnector implements PollingConnector {

    /** Yelp Fusion answers with at most three reviews per business. */
    private static final int MAX_REVIEWS = 3;

    private final YelpApi api;
    private final YelpReviewReader reader;
    private final Capabilities capabilities;

    public YelpConnector(YelpApi api, CollectorConfig config) {
        this.api = api;
        this.reader = new YelpReviewReader(config.maxTextLength(), config.yelp().clockSkew());
        this.capabilities = new Capabilities(null,
                "only the three review excerpts Yelp chooses to share per business (each cut to about 160"
                        + " characters), whatever their age; other reviews are never seen. Yelp has no API to"
                        + " reply: open the review's link and answer on Yelp for Business",
                MAX_REVIEWS, false, null, true);
    }

    @Override
    public SourceType type() {
        return SourceType.YELP;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<String> settings() {
        return List.of("businessId", "credential", "baseUrl", "pollInterval");
    }

    @Override
    public PolledPage fetch(Source source, PollCursor cursor) {
        YelpReviewReader.Read read = reader.read(api.reviews(source).reviews(), Instant.now());
        return new PolledPage(read.posts(), cursor, false, read.rejected());
    }
}
