package io.replydesk.collector.platform.mastodon;

import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.Source;
import io.replydesk.collector.platform.LinkHeader;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import java.time.Instant;
import java.util.List;

/**
 * A hashtag timeline. The first page is the newest one, taken whole. Then, while the back-fill window (the
 * source's {@code backfill} before its creation) is not covered, older pages follow the {@code Link rel="next"}
 * ({@code max_id}) back, one page per call, until a page reaches the window's start, the timeline ends, or the
 * page limit is hit; statuses older than the window are left out. After that, forward paging with {@code min_id}
 * ({@code Link rel="prev"}): each page holds the statuses immediately newer than the cursor, so nothing between two
 * polls is skipped, however busy the tag. Statuses that arrive during the back-fill are picked up by the forward
 * paging from the newest id of the first page, so they are not missed either.
 */
final class HashtagPaging {

    private final MastodonApi api;
    private final StatusReader reader;
    private final int pageSize;
    private final int maxBackfillPages;

    HashtagPaging(MastodonApi api, StatusReader reader, int pageSize, int maxBackfillPages) {
        this.api = api;
        this.reader = reader;
        this.pageSize = pageSize;
        this.maxBackfillPages = maxBackfillPages;
    }

    PolledPage fetch(Source source, PollCursor cursor) {
        MastodonCursor at = MastodonCursor.parse(cursor.position());
        Instant now = Instant.now();
        if (at.newest() == null) {
            return newest(source, cursor, now);
        }
        if (at.older() != null && at.pages() < maxBackfillPages) {
            return older(source, cursor, at, now);
        }
        return newer(source, cursor, at, now);
    }

    private PolledPage newest(Source source, PollCursor cursor, Instant now) {
        MastodonApi.Timeline page = api.tagTimeline(source, null, null, pageSize);
        StatusReader.Read read = reader.read(page.statuses(), now);
        String newest = read.newestId() != null ? read.newestId()
                : LinkHeader.parameter(page.link(), "prev", "min_id").filter(StatusReader::isStatusId).orElse(null);
        String older = newest == null ? null : nextOlder(source, page, read);
        MastodonCursor next = new MastodonCursor(newest, older, null, 0);
        return new PolledPage(read.posts(), cursor.withPosition(next.position()), older != null, read.rejected());
    }

    private PolledPage older(Source source, PollCursor cursor, MastodonCursor at, Instant now) {
        MastodonApi.Timeline page = api.tagTimeline(source, null, at.older(), pageSize);
        StatusReader.Read read = reader.read(page.statuses(), now);
        Instant start = windowStart(source);
        List<IncomingPost> inWindow = read.posts().stream().filter(p -> !p.createdAt().isBefore(start)).toList();
        String older = nextOlder(source, page, read);
        MastodonCursor next = new MastodonCursor(at.newest(), older, null, at.pages() + 1);
        // more: the next call either goes on back or starts the forward paging at once
        return new PolledPage(inWindow, cursor.withPosition(next.position()), true, read.rejected());
    }

    private PolledPage newer(Source source, PollCursor cursor, MastodonCursor at, Instant now) {
        MastodonApi.Timeline page = api.tagTimeline(source, at.newest(), null, pageSize);
        StatusReader.Read read = reader.read(page.statuses(), now);
        // The body's ids decide; the Link header's rel="prev" min_id only helps when no id in the body was usable.
        String next = read.newestId() != null ? read.newestId()
                : LinkHeader.parameter(page.link(), "prev", "min_id").filter(StatusReader::isStatusId).orElse(null);
        next = StatusReader.newer(at.newest(), next);
        boolean more = page.statuses().size() >= pageSize;
        MastodonCursor moved = new MastodonCursor(next, at.older(), null, at.pages());
        return new PolledPage(read.posts(), cursor.withPosition(moved.position()), more, read.rejected());
    }

    /**
     * The {@code max_id} of the page before this one, or null when the back-fill is done: no {@code rel="next"}
     * (the timeline ends there), an empty page, or a page that reached the window's start. Of the Link's
     * {@code max_id} and the page's lowest id, the higher one is used: a repeat is dropped, a gap would be lost.
     */
    private String nextOlder(Source source, MastodonApi.Timeline page, StatusReader.Read read) {
        String linked = LinkHeader.parameter(page.link(), "next", "max_id").filter(StatusReader::isStatusId)
                .orElse(null);
        if (linked == null || page.statuses().isEmpty()) {
            return null;
        }
        if (read.oldestAt() != null && !read.oldestAt().isAfter(windowStart(source))) {
            return null;
        }
        return read.oldestId() == null ? linked : StatusReader.newer(linked, read.oldestId());
    }

    private static Instant windowStart(Source source) {
        Instant created = source.createdAt == null ? Instant.now() : source.createdAt;
        return created.minus(source.backfill());
    }
}
