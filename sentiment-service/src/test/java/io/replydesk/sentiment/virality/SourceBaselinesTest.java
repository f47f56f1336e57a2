package io.replydesk.sentiment.virality;

import static io.replydesk.sentiment.virality.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceBaselinesTest {

    @Test
    void meanAndPopulationStandardDeviation() {
        Baseline baseline = Baseline.measured(new double[] {10, 30, 10, 30});

        assertThat(baseline.mean()).isEqualTo(20);
        assertThat(baseline.stdDev()).isEqualTo(10);
        assertThat(baseline.samples()).isEqualTo(4);
        assertThat(baseline.zScore(60, 5)).isEqualTo(4);
        assertThat(new Baseline(0, 0, 9, false).zScore(20, 5)).as("σ floored").isEqualTo(4);
    }

    @Test
    void aVelocityIsJudgedAgainstTheBaselineBeforeIt() {
        SourceBaselines baselines = new SourceBaselines(limits(500, Duration.ofDays(7), 10));
        add(baselines, "s", 0, 10);
        add(baselines, "s", 1, 30);

        VelocitySample spike = new VelocitySample(T0.plus(Duration.ofHours(2)), 1000);

        Baseline before = baselines.statsThenAdd("s", Optional.of(spike));

        assertThat(before.mean()).isEqualTo(20);
        assertThat(baselines.stats("s").samples()).isEqualTo(3);
    }

    @Test
    void keepsTheLastSamplesOnly() {
        SourceBaselines baselines = new SourceBaselines(limits(3, Duration.ofDays(7), 10));
        for (int hour = 0; hour < 10; hour++) {
            add(baselines, "s", hour, hour);
        }

        assertThat(baselines.stats("s").samples()).isEqualTo(3);
        assertThat(baselines.stats("s").mean()).isCloseTo(8, within(1e-9));
    }

    @Test
    void forgetsSamplesOlderThanTheWindowBeforeTheNewest() {
        SourceBaselines baselines = new SourceBaselines(limits(500, Duration.ofDays(7), 10));
        add(baselines, "s", 0, 1000);
        add(baselines, "s", 24 * 6, 10);

        add(baselines, "s", 24 * 7 + 1, 30);

        assertThat(baselines.stats("s")).isEqualTo(Baseline.measured(new double[] {10, 30}));
    }

    @Test
    void theLeastRecentlyUpdatedSourceIsEvictedPastTheLimit() {
        SourceBaselines baselines = new SourceBaselines(limits(500, Duration.ofDays(7), 2));
        add(baselines, "a", 0, 1);
        add(baselines, "b", 0, 1);
        add(baselines, "a", 1, 1);

        add(baselines, "c", 0, 1);

        assertThat(baselines.size()).isEqualTo(2);
        assertThat(baselines.stats("b")).isEqualTo(Baseline.EMPTY);
        assertThat(baselines.stats("a").samples()).isEqualTo(2);
    }

    @Test
    void readingChangesNothing() {
        SourceBaselines baselines = new SourceBaselines(limits(500, Duration.ofDays(7), 10));

        assertThat(baselines.statsThenAdd("s", Optional.empty())).isEqualTo(Baseline.EMPTY);
        assertThat(baselines.size()).isZero();
    }

    private static void add(SourceBaselines baselines, String source, int hour, double perHour) {
        baselines.statsThenAdd(source, Optional.of(new VelocitySample(T0.plus(Duration.ofHours(hour)), perHour)));
    }

    private static StoreLimits limits(int samples, Duration window, int sources) {
        return new StoreLimits(100, 8, Duration.ofHours(72), samples, window, sources, Duration.ofHours(24));
    }
}
