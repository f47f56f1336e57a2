package io.replydesk.collector.platform.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MastodonCursorTest {

    @Test
    void roundTripsEveryPart() {
        MastodonCursor cursor = new MastodonCursor("117020593741189701", "117020583258292382", null, 3);

        assertThat(MastodonCursor.parse(cursor.position())).isEqualTo(cursor);
    }

    @Test
    void readsABareStatusIdAsAForwardCursorWithoutBackfill() {
        MastodonCursor legacy = MastodonCursor.parse("714859");

        assertThat(legacy.newest()).isEqualTo("714859");
        assertThat(legacy.older()).isNull();
    }

    @Test
    void startsOverOnAnythingUnreadable() {
        assertThat(MastodonCursor.parse(null)).isEqualTo(MastodonCursor.START);
        assertThat(MastodonCursor.parse("m1|1|x|2|0")).isEqualTo(MastodonCursor.START);
        assertThat(MastodonCursor.parse("m1|1|2")).isEqualTo(MastodonCursor.START);
        assertThat(MastodonCursor.parse("s1|2026-01-01T00:00:00Z||")).isEqualTo(MastodonCursor.START);
    }

    @Test
    void snowflakeOfATimeIsTheMillisecondsShiftedBySixteenBits() {
        Instant at = Instant.parse("2026-04-11T21:16:53.000Z");

        assertThat(Long.parseLong(MastodonIds.at(at)) >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void nextSearchBoundIsTheStartOfTheSecondAfterTheOldestStatus() {
        long oldest = (Instant.parse("2026-04-11T21:06:15.250Z").toEpochMilli() << 16) + 7;

        String bound = MastodonIds.below(String.valueOf(oldest), null);

        assertThat(Long.parseLong(bound) >>> 16).isEqualTo(Instant.parse("2026-04-11T21:06:16Z").toEpochMilli());
    }

    @Test
    void nextSearchBoundFallsBackToTheOldestIdWhenItWouldNotMoveDown() {
        long oldest = (Instant.parse("2026-04-11T21:06:15.250Z").toEpochMilli() << 16) + 7;
        String previous = MastodonIds.below(String.valueOf(oldest), null);

        assertThat(MastodonIds.below(String.valueOf(oldest), previous)).isEqualTo(String.valueOf(oldest));
    }
}
