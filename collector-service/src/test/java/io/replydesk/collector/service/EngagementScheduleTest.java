package io.replydesk.collector.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EngagementScheduleTest {

    private final EngagementSchedule schedule = new EngagementSchedule(
            EngagementSchedule.parse("PT1H=PT5M, PT6H=PT30M, PT48H=PT2H"));
    private final Instant now = Instant.parse("2026-11-20T12:00:00Z");

    private Duration nextAfter(Duration age) {
        return Duration.between(now, schedule.next(now.minus(age), now).orElseThrow());
    }

    @Test
    void refreshesLessOftenAsThePostAges() {
        assertThat(nextAfter(Duration.ZERO)).isEqualTo(Duration.ofMinutes(5));
        assertThat(nextAfter(Duration.ofMinutes(59))).isEqualTo(Duration.ofMinutes(5));
        assertThat(nextAfter(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(30));
        assertThat(nextAfter(Duration.ofHours(5))).isEqualTo(Duration.ofMinutes(30));
        assertThat(nextAfter(Duration.ofHours(6))).isEqualTo(Duration.ofHours(2));
        assertThat(nextAfter(Duration.ofHours(47))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void stopsFollowingPastTheLastStep() {
        assertThat(schedule.next(now.minus(Duration.ofHours(48)), now)).isEmpty();
        assertThat(schedule.next(now.minus(Duration.ofDays(30)), now)).isEmpty();
    }

    @Test
    void aPostDatedAheadCountsAsNew() {
        assertThat(schedule.next(now.plusSeconds(60), now)).contains(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void refusesSchedulesThatCannotBeMeant() {
        assertThatThrownBy(() -> EngagementSchedule.parse("PT1H")).hasMessageContaining("<age>=<interval>");
        assertThatThrownBy(() -> EngagementSchedule.parse("1h=5m")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> EngagementSchedule.parse("PT6H=PT30M,PT1H=PT5M")).hasMessageContaining("grow");
        assertThatThrownBy(() -> EngagementSchedule.parse("PT1H=PT0S")).hasMessageContaining("positive");
        assertThat(EngagementSchedule.parse("")).isEmpty();
    }
}
