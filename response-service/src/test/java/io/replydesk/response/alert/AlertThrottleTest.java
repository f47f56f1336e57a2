package io.replydesk.response.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.response.alert.AlertThrottle.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AlertThrottleTest {

    private Instant now = Instant.parse("2026-11-20T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void oneAlertPerIncidentWithinTheWindow() {
        AlertThrottle throttle = new AlertThrottle(clock, Duration.ofMinutes(15), 20);
        assertThat(throttle.admit("incident:a")).isEqualTo(Verdict.SEND);
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.admit("incident:a")).isEqualTo(Verdict.DUPLICATE);
        assertThat(throttle.admit("incident:b")).isEqualTo(Verdict.SEND);
        now = now.plus(Duration.ofMinutes(2));
        assertThat(throttle.admit("incident:a")).isEqualTo(Verdict.SEND);
    }

    @Test
    void outboundAlertsAreRateLimitedPerMinute() {
        AlertThrottle throttle = new AlertThrottle(clock, Duration.ofMinutes(15), 2);
        assertThat(throttle.admit("post:1")).isEqualTo(Verdict.SEND);
        assertThat(throttle.admit("post:2")).isEqualTo(Verdict.SEND);
        assertThat(throttle.admit("post:3")).isEqualTo(Verdict.LIVE_ONLY);
        now = now.plusSeconds(61);
        assertThat(throttle.admit("post:4")).isEqualTo(Verdict.SEND);
    }
}
