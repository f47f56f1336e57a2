package io.replydesk.sentiment.virality;

import static io.replydesk.sentiment.virality.Fixtures.T0;
import static io.replydesk.sentiment.virality.Fixtures.at;
import static io.replydesk.sentiment.virality.Fixtures.likes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.replydesk.events.Engagement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EngagementCurveTest {

    private static final EngagementWeights WEIGHTS = new EngagementWeights(1, 3, 2, 0.01);

    @Test
    void weighsEachCounter() {
        EngagementCurve curve = curve(at(0, 0L, 0L, 0L, 0L), at(60, 10L, 5L, 4L, 1000L));

        assertThat(curve.gain(T0, T0.plus(Duration.ofHours(1)))).isCloseTo(10 + 15 + 8 + 10, within(1e-9));
        assertThat(curve.total()).isCloseTo(43, within(1e-9));
    }

    @Test
    void interpolatesInsideAnIntervalAndIsZeroOutsideWhatIsKnown() {
        EngagementCurve curve = curve(likes(0, 0), likes(60, 60));

        assertThat(curve.gain(T0.plus(Duration.ofMinutes(15)), T0.plus(Duration.ofMinutes(45))))
                .isCloseTo(30, within(1e-9));
        assertThat(curve.gain(T0.minus(Duration.ofHours(5)), T0)).isZero();
        assertThat(curve.gain(T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(3)))).isZero();
        assertThat(curve.gain(T0.plus(Duration.ofHours(1)), T0)).as("backwards").isZero();
    }

    @Test
    void orderOfArrivalDoesNotMatter() {
        List<Engagement> sorted = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sorted.add(at(i * 10, (long) i * i, (long) i, (long) (i / 2), 100L * i));
        }
        List<Engagement> shuffled = new ArrayList<>(sorted);
        Collections.shuffle(shuffled, new Random(7));
        EngagementCurve inOrder = EngagementCurve.of(sorted, null, WEIGHTS);
        EngagementCurve outOfOrder = EngagementCurve.of(shuffled, null, WEIGHTS);

        assertThat(outOfOrder.times()).isEqualTo(inOrder.times()).isSorted();
        for (int minutes = 0; minutes < 300; minutes += 37) {
            Instant from = T0.plus(Duration.ofMinutes(minutes));
            Instant to = from.plus(Duration.ofMinutes(50));
            assertThat(outOfOrder.gain(from, to)).isEqualTo(inOrder.gain(from, to));
        }
    }

    @Test
    void duplicatesOfOneInstantMergeToTheHighestKnownCounts() {
        EngagementCurve curve = curve(likes(0, 0), at(60, 40L, null, 1L, null), at(60, 35L, 2L, null, null),
                at(60, 40L, null, 1L, null));

        assertThat(curve.size()).isEqualTo(2);
        assertThat(curve.total()).isCloseTo(40 + 3 * 2 + 2 * 1, within(1e-9));
    }

    @Test
    void aLoweredCountIsNoLossAndItsRecoveryNoGain() {
        // a spam purge or replica lag: 100, 90, 95, 110
        EngagementCurve curve = curve(likes(0, 100), likes(10, 90), likes(20, 95), likes(30, 110));

        assertThat(curve.gain(T0, T0.plus(Duration.ofMinutes(20)))).isZero();
        assertThat(curve.gain(T0, T0.plus(Duration.ofMinutes(30)))).isCloseTo(10, within(1e-9));
        VelocitySeries series = VelocitySeries.of(curve, Duration.ofMinutes(5));
        assertThat(series.intervals()).allSatisfy(interval -> assertThat(interval.gain()).isNotNegative());
    }

    @Test
    void anUnknownCounterIsNotZero() {
        // views reported, then missing, then reported again: the gap must not read as 5000 views lost and regained
        EngagementCurve curve = curve(at(0, 10L, 0L, 0L, 5000L), at(60, 20L, 0L, 0L, null),
                at(120, 30L, 0L, 0L, 5200L));

        assertThat(curve.gain(T0, T0.plus(Duration.ofHours(2)))).isCloseTo(20 + 200 * 0.01, within(1e-9));
    }

    @Test
    void aCounterFirstReportedLateCountsOnlyFromThen() {
        EngagementCurve curve = curve(at(0, 10L, null, null, null), at(60, 20L, 50L, null, null),
                at(120, 30L, 50L, null, null));

        assertThat(curve.gain(T0, T0.plus(Duration.ofHours(1)))).as("shares were unknown at first, not 0")
                .isCloseTo(10, within(1e-9));
        assertThat(curve.total()).isCloseTo(30 + 150, within(1e-9));
    }

    @Test
    void snapshotsWithoutTimeOrAnyValidCounterAreIgnored() {
        EngagementCurve curve = curve(likes(0, 0), new Engagement(null, 99L, 0L, 0L, 0L),
                at(30, null, null, null, null), at(40, -5L, null, null, null), null, likes(60, 12));

        assertThat(curve.size()).isEqualTo(2);
        assertThat(curve.gain(T0, T0.plus(Duration.ofHours(1)))).isCloseTo(12, within(1e-9));
    }

    @Test
    void nothingKnownMeansNothingGained() {
        EngagementCurve curve = EngagementCurve.of(List.of(), null, WEIGHTS);

        assertThat(curve.isEmpty()).isTrue();
        assertThat(curve.gain(T0, T0.plus(Duration.ofHours(1)))).isZero();
        assertThat(VelocitySeries.of(curve, Duration.ofMinutes(5)).velocity()).isZero();
    }

    @Test
    void publicationTimeGivesTheFirstSnapshotAVelocity() {
        EngagementCurve curve = EngagementCurve.of(List.of(at(30, 400L, 20L, null, null)), T0, WEIGHTS);

        assertThat(curve.first()).isEqualTo(T0);
        assertThat(VelocitySeries.of(curve, Duration.ofMinutes(5)).velocity()).isCloseTo(2 * (400 + 60), within(1e-6));
    }

    @Test
    void aPublicationTimeAfterTheFirstSnapshotIsClockDriftAndIgnored() {
        EngagementCurve curve = EngagementCurve.of(List.of(likes(0, 5), likes(60, 10)), T0.plusSeconds(1), WEIGHTS);

        assertThat(curve.first()).isEqualTo(T0);
        assertThat(curve.gain(T0, T0.plus(Duration.ofHours(1)))).isCloseTo(5, within(1e-9));
    }

    private static EngagementCurve curve(Engagement... snapshots) {
        return EngagementCurve.of(Arrays.asList(snapshots), null, WEIGHTS);
    }
}
