package io.replydesk.sentiment.virality;

import static io.replydesk.sentiment.virality.Fixtures.likes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.replydesk.events.Engagement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VelocitySeriesTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final EngagementWeights LIKES_ONLY = new EngagementWeights(1, 0, 0, 0);

    @Test
    void velocityIsGainPerHourBetweenSnapshots() {
        VelocitySeries series = series(likes(0, 0), likes(30, 50), likes(60, 150));

        assertThat(series.intervals()).extracting(VelocitySeries.Interval::perHour).containsExactly(100.0, 200.0);
        assertThat(series.velocity()).isEqualTo(200.0);
    }

    @Test
    void accelerationIsTheChangeOfVelocityPerHour() {
        // 100/h then 200/h, interval midpoints 30 minutes apart
        VelocitySeries series = series(likes(0, 0), likes(30, 50), likes(60, 150));

        assertThat(series.acceleration()).isCloseTo(200, within(1e-9));
    }

    @Test
    void snapshotsSecondsApartDoNotMakeAHugeVelocity() {
        VelocitySeries series = series(likes(0, 0), likes(0.05, 3));

        assertThat(series.intervals()).isEmpty();
        assertThat(series.velocity()).isZero();
    }

    @Test
    void closeSnapshotsAreSkippedBackFromTheNewest() {
        VelocitySeries series = series(likes(0, 0), likes(10, 10), likes(11, 11), likes(12, 12), likes(20, 40));

        assertThat(series.intervals()).extracting(VelocitySeries.Interval::hours)
                .allSatisfy(hours -> assertThat(hours).isGreaterThanOrEqualTo(5 / 60.0));
        assertThat(series.latest()).get().satisfies(latest -> {
            assertThat(latest.to()).isEqualTo(Fixtures.T0.plus(Duration.ofMinutes(20)));
            assertThat(latest.from()).isEqualTo(Fixtures.T0.plus(Duration.ofMinutes(12)));
            assertThat(latest.perHour()).isCloseTo(28 / (8 / 60.0), within(1e-6));
        });
    }

    @Test
    void oneSnapshotHasNoVelocityAndNoAcceleration() {
        VelocitySeries series = series(likes(0, 500));

        assertThat(series.latest()).isEmpty();
        assertThat(series.velocity()).isZero();
        assertThat(series.acceleration()).isZero();
    }

    @Test
    void figuresStayFiniteWhateverTheInput() {
        VelocitySeries series = series(likes(0, 0), likes(0, 1_000_000), likes(0.001, 5), likes(5, Long.MAX_VALUE / 2));

        assertThat(series.velocity()).isFinite();
        assertThat(series.acceleration()).isFinite();
    }

    private static VelocitySeries series(Engagement... snapshots) {
        return VelocitySeries.of(EngagementCurve.of(List.of(snapshots), null, LIKES_ONLY), FIVE_MINUTES);
    }
}
