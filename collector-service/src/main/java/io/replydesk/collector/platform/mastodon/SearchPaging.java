package io.replydesk.collector.platform.mastodon;

import io.replydesk.collector.Source;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import java.time.Instant;
import java.util.List;

/**
 * A full-text search ({@code GET /api/v2/search?type=statuses}). Results come newest first and {@code min_id} /
 * {@code max_id} only bound them, so each poll sweeps: from the newest result above the watermark ({@code min_id},
 * the newest id of the last finished sweep) back with {@code max_id}, one page per call, until a page comes back
 * empty; only then does the watermark move up. The first sweep's lower bound is the back-fill window's start (the
 * source's {@code backfill} before its creation) and it reads at most the back-fill page limit. The cursor is
 * stored after every page, so a restart continues the sweep; repeats are dropped by external id.
 */
final class SearchPaging {

    private final MastodonApi api;
    private final StatusReader reader;
    private final int pageSize;
    private final int maxFirstSweepPages;

    SearchPaging(MastodonApi api, StatusReader reader, int pageSize, int maxFirstSweepPages) {
        this.api = api;
        this.reader = reader;
        this.pageSize = pageSize;
        this.maxFirstSweepPages = maxFirstSweepPages;
    }

    PolledPage fetch(Source source, PollCursor cursor) {
        MastodonCursor at = MastodonCursor.parse(cursor.position());
        boolean first = at.newest() == null;
        String lowerBound = first ? MastodonIds.at(windowStart(source)) : at.newest();
        List<MastodonStatus> statuses = api.search(source, lowerBound, at.older(), pageSize);
        StatusReader.Read read = reader.read(statuses, Instant.now());
        String sweepNewest = StatusReader.newer(at.sweepNewest(), read.newestId());
        int pages = at.pages() + 1;
        String older = read.oldestId() == null ? null : MastodonIds.below(read.oldestId(), at.older());
        boolean goOn = !statuses.isEmpty() && older != null && !older.equals(at.older())
                && !(first && pages >= maxFirstSweepPages);
        MastodonCursor next = goOn ? new MastodonCursor(at.newest(), older, sweepNewest, pages)
                : new MastodonCursor(StatusReader.newer(at.newest(), sweepNewest), null, null, 0);
        return new PolledPage(read.posts(), cursor.withPosition(next.position()), goOn, read.rejected());
    }

    private static Instant windowStart(Source source) {
        Instant created = source.createdAt == null ? Instant.now() : source.createdAt;
        return created.minus(source.backfill());
    }
}
