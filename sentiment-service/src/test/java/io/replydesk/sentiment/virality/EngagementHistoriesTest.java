package io.replydesk.sentiment.virality;

import static io.replydesk.sentiment.virality.Fixtures.T0;
import static io.replydesk.sentiment.virality.Fixtures.likes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.replydesk.events.Engagement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngagementHistoriesTest {

    private static final ViralitySettings SETTINGS = Fixtures.defaults();

    private final Fixtures.ManualClock clock = new Fixtures.ManualClock(T0);

    @Test
    void theLeastRecentlyUpdatedPostIsEvictedPastTheLimit() {
        EngagementHistories histories = histories(limits(3, 8));

        record(histories, "a", likes(0, 1));
        record(histories, "b", likes(0, 1));
        record(histories, "c", likes(0, 1));
        record(histories, "a", likes(10, 2));
        record(histories, "d", likes(0, 1));

        assertThat(histories.size()).isEqualTo(3);
        assertThat(histories.snapshots("b")).isEmpty();
        assertThat(histories.snapshots("a")).get().asList().hasSize(2);
    }

    @Test
    void aPostNotUpdatedForTheTtlIsForgotten() {
        EngagementHistories histories = histories(limits(100, 8));
        record(histories, "old", likes(0, 1));
        clock.advance(Duration.ofHours(48));
        record(histories, "recent", likes(0, 1));

        clock.advance(Duration.ofHours(25));

        assertThat(histories.size()).isEqualTo(1);
        assertThat(histories.snapshots("old")).isEmpty();
        assertThat(histories.snapshots("recent")).isPresent();
    }

    @Test
    void aLongHistoryIsThinnedKeepingTheOldestAndTheNewestHalf() {
        EngagementHistories histories = histories(limits(100, 8));
        for (int minute = 0; minute < 200; minute += 10) {
            record(histories, "p", likes(minute, minute));
        }

        List<Engagement> kept = histories.snapshots("p").orElseThrow();

        assertThat(kept).hasSize(8);
        assertThat(kept.get(0)).isEqualTo(likes(0, 0));
        assertThat(kept.subList(4, 8)).containsExactly(likes(160, 160), likes(170, 170), likes(180, 180),
                likes(190, 190));
        assertThat(kept).extracting(Engagement::at).isSorted();
    }

    @Test
    void aSnapshotArrivingLateTakesItsPlaceInTime() {
        EngagementHistories histories = histories(limits(100, 8));
        record(histories, "p", likes(0, 0));
        record(histories, "p", likes(60, 60));

        record(histories, "p", likes(30, 30));

        assertThat(histories.snapshots("p")).get().asList().containsExactly(likes(0, 0), likes(30, 30), likes(60, 60));
    }

    @Test
    void eachStretchOfTimeGoesToTheBaselineOnce() {
        EngagementHistories histories = histories(limits(100, 8));

        assertThat(record(histories, "p", likes(0, 0))).as("one snapshot: no velocity yet").isEmpty();
        assertThat(record(histories, "p", likes(3, 5))).as("3 minutes is under the 5-minute interval").isEmpty();
        Optional<VelocitySample> first = record(histories, "p", likes(30, 50));
        assertThat(first).get().satisfies(sample -> {
            assertThat(sample.at()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
            assertThat(sample.perHour()).isCloseTo(100, within(1e-9));
        });
        assertThat(record(histories, "p", likes(30, 50))).as("redelivered").isEmpty();
        assertThat(record(histories, "p", likes(15, 20))).as("late, inside what was sampled").isEmpty();
        assertThat(record(histories, "p", likes(60, 80))).get()
                .satisfies(sample -> assertThat(sample.perHour()).isCloseTo(60, within(1e-9)));
    }

    @Test
    void aVelocityAveragedOverDaysStaysOutOfTheBaseline() {
        EngagementHistories histories = histories(limits(100, 8));

        Optional<VelocitySample> review = histories.record("r", likes(0, 12), T0.minus(Duration.ofDays(6)), SETTINGS)
                .sample();

        assertThat(review).isEmpty();
        assertThat(record(histories, "r", likes(60, 40))).get()
                .satisfies(sample -> assertThat(sample.perHour()).isCloseTo(28, within(1e-9)));
    }

    private EngagementHistories histories(StoreLimits limits) {
        return new EngagementHistories(limits, clock);
    }

    private static Optional<VelocitySample> record(EngagementHistories histories, String postId, Engagement snapshot) {
        return histories.record(postId, snapshot, null, SETTINGS).sample();
    }

    private static StoreLimits limits(int maxPosts, int maxSnapshots) {
        return new StoreLimits(maxPosts, maxSnapshots, Duration.ofHours(72), 500, Duration.ofDays(7), 100,
                Duration.ofHours(24));
    }
}
