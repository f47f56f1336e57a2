package io.replydesk.collector.platform;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a poll of a newest-first search stands, for platforms that page only backwards in time (Bluesky search,
 * Reddit listings). A sweep starts at the newest page and follows the platform's page token back until it reaches
 * the {@code watermark} (what earlier sweeps already took in); only then does the watermark move up to the newest
 * item of the sweep. Stored after every page, so a restart continues the sweep where it stopped: no gaps, and
 * duplicates are dropped by external id.
 *
 * @param watermark the newest item time of the last finished sweep, or null before the first poll
 * @param sweepNewest the newest item time seen by the sweep under way, or null when none is under way
 * @param page the platform's token of the next older page of the sweep under way, or null
 */
public record SweepCursor(Instant watermark, Instant sweepNewest, String page) {

    private static final String VERSION = "s1";
    private static final int MAX_LENGTH = 500;

    public static final SweepCursor FIRST = new SweepCursor(null, null, null);

    /** Reads a stored position; anything unreadable starts over with the newest page. */
    public static SweepCursor parse(String position) {
        if (position == null || !position.startsWith(VERSION + "|")) {
            return FIRST;
        }
        String[] parts = position.split("\\|", 4);
        if (parts.length != 4) {
            return FIRST;
        }
        try {
            return new SweepCursor(instant(parts[1]), instant(parts[2]),
                    parts[3].isEmpty() ? null : URLDecoder.decode(parts[3], StandardCharsets.UTF_8));
        } catch (DateTimeException | IllegalArgumentException e) {
            return FIRST;
        }
    }

    public boolean first() {
        return watermark == null;
    }

    public boolean sweeping() {
        return page != null;
    }

    /**
     * After one page: continue the sweep with {@code nextPage}, or finish it and raise the watermark.
     *
     * @param newest the newest item time on this page, or null when it had none
     * @param nextPage the platform's token for the next older page, or null when the sweep is done
     */
    public SweepCursor after(Instant newest, String nextPage) {
        Instant seen = later(sweepNewest, newest);
        if (nextPage != null && !nextPage.isBlank() && encodedLength(nextPage) <= MAX_LENGTH - 80) {
            return new SweepCursor(watermark, seen, nextPage);
        }
        return new SweepCursor(later(watermark, seen), null, null);
    }

    /**
     * After a page of a listing that cannot be asked for items "since" a time (Reddit, Google Business Profile): the
     * first poll takes the newest page only; a later sweep goes on while the page's oldest item is still newer than
     * the watermark less {@code overlap}, which takes in items that appeared late.
     *
     * @param nextPage the platform's token for the next older page, or null when the page was the last or empty
     */
    public SweepCursor afterPage(Instant newest, Instant oldest, String nextPage, Duration overlap, Instant now) {
        if (first()) {
            return new SweepCursor(newest != null ? newest : now, null, null);
        }
        boolean reachedMark = oldest == null || !oldest.isAfter(watermark.minus(overlap));
        return after(newest, reachedMark ? null : nextPage);
    }

    public String position() {
        return VERSION + "|" + (watermark == null ? "" : watermark) + "|" + (sweepNewest == null ? "" : sweepNewest)
                + "|" + (page == null ? "" : URLEncoder.encode(page, StandardCharsets.UTF_8));
    }

    public static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }

    private static int encodedLength(String page) {
        return URLEncoder.encode(page, StandardCharsets.UTF_8).length();
    }

    private static Instant instant(String value) {
        return value.isEmpty() ? null : Instant.parse(value);
    }
}
