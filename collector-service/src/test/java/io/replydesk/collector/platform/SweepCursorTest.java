package io.replydesk.collector.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SweepCursorTest {

    private static final Instant T1 = Instant.parse("2025-05-19T17:10:09.561858Z");
    private static final Instant T2 = Instant.parse("2025-05-19T18:00:00Z");

    @Test
    void survivesStorageWithAnyPageToken() {
        SweepCursor cursor = new SweepCursor(T1, T2, "t3_abc|x=1&y");

        assertThat(SweepCursor.parse(cursor.position())).isEqualTo(cursor);
        assertThat(SweepCursor.parse(new SweepCursor(T1, null, null).position()))
                .isEqualTo(new SweepCursor(T1, null, null));
    }

    @Test
    void startsOverOnAnythingUnreadable() {
        assertThat(SweepCursor.parse(null).first()).isTrue();
        assertThat(SweepCursor.parse("117020583258292382")).isEqualTo(SweepCursor.FIRST);
        assertThat(SweepCursor.parse("s1|yesterday||")).isEqualTo(SweepCursor.FIRST);
    }

    @Test
    void keepsTheWatermarkUntilTheSweepEndsThenRaisesIt() {
        SweepCursor start = new SweepCursor(T1, null, null);

        SweepCursor middle = start.after(T2, "25");
        assertThat(middle).isEqualTo(new SweepCursor(T1, T2, "25"));
        assertThat(middle.sweeping()).isTrue();

        SweepCursor done = middle.after(T1, null);
        assertThat(done).isEqualTo(new SweepCursor(T2, null, null));
        assertThat(done.sweeping()).isFalse();
        assertThat(start.after(null, null)).isEqualTo(start);
    }

    @Test
    void endsTheSweepRatherThanStoreATokenTooLongForTheColumn() {
        assertThat(new SweepCursor(T1, null, null).after(T2, "x".repeat(1000)).sweeping()).isFalse();
    }

    @Test
    void takesOnlyTheNewestPageOnTheFirstPollThenSweepsPastTheWatermarkLessTheOverlap() {
        Instant now = T2.plusSeconds(3600);
        Duration overlap = Duration.ofMinutes(10);
        assertThat(SweepCursor.FIRST.afterPage(T2, T1, "next", overlap, now))
                .isEqualTo(new SweepCursor(T2, null, null));
        assertThat(SweepCursor.FIRST.afterPage(null, null, null, overlap, now))
                .isEqualTo(new SweepCursor(now, null, null));

        SweepCursor marked = new SweepCursor(T2, null, null);
        Instant newer = T2.plusSeconds(60);
        assertThat(marked.afterPage(newer.plusSeconds(60), newer, "next", overlap, now))
                .isEqualTo(new SweepCursor(T2, newer.plusSeconds(60), "next"));
        assertThat(marked.afterPage(newer, T2.minus(Duration.ofMinutes(5)), "next", overlap, now))
                .isEqualTo(new SweepCursor(T2, newer, "next"));
        assertThat(marked.afterPage(newer, T2.minus(overlap), "next", overlap, now))
                .isEqualTo(new SweepCursor(newer, null, null));
        assertThat(marked.afterPage(null, null, "next", overlap, now)).isEqualTo(marked);
    }
}
