package io.replydesk.collector.platform.appstore;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.Source;
import io.replydesk.collector.platform.LinkHeader;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import io.replydesk.collector.platform.SweepCursor;
import java.time.Instant;

/**
 * An app's reviews from the App Store Connect API ({@code GET /v1/apps/{id}/customerReviews?sort=-createdDate}),
 * read when the source has an API key, so that the review ids are the ones {@code customerReviewResponses} answers.
 * Newest first; each poll sweeps back through {@code links.next} (its {@code cursor}) until it reaches the newest
 * review the last sweep took in, storing its place after every page (see {@link SweepCursor}); the first poll takes
 * the newest page. Every territory at once: the API is not per storefront.
 */
final class ConnectReviewPaging {

    /** Stored page tokens of this API, told apart from the feed's page numbers of a source that got a key later. */
    private static final String TOKEN = "asc:";

    private final AppStoreApi api;
    private final ConnectReviewReader reader;
    private final int pageSize;

    ConnectReviewPaging(AppStoreApi api, ConnectReviewReader reader, int pageSize) {
        this.api = api;
        this.reader = reader;
        this.pageSize = pageSize;
    }

    PolledPage fetch(Source source, PollCursor cursor) {
        SweepCursor sweep = SweepCursor.parse(cursor.position());
        String page = sweep.page() != null && sweep.page().startsWith(TOKEN) ? sweep.page().substring(TOKEN.length())
                : null;
        Instant now = Instant.now();
        JsonNode answer = api.customerReviews(source, page, pageSize);
        ConnectReviewReader.Read read = reader.read(answer.get("data"), source.appId, now);
        String next = LinkHeader.parameter("<" + answer.path("links").path("next").asText("") + ">; rel=\"next\"",
                "next", "cursor").orElse(null);
        SweepCursor moved;
        if (sweep.first()) {
            moved = new SweepCursor(read.newest() != null ? read.newest() : now, null, null);
        } else {
            boolean reachedMark = read.oldest() != null && !read.oldest().isAfter(sweep.watermark());
            moved = sweep.after(read.newest(), reachedMark || next == null ? null : TOKEN + next);
        }
        return new PolledPage(read.posts(), cursor.withPosition(moved.position()), moved.sweeping(), read.rejected());
    }
}
