package io.replydesk.collector.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void grantsTheCapacityThenRefillsEvenlyOverThePeriod() {
        TokenBucket bucket = new TokenBucket(3, Duration.ofSeconds(30), T0);

        assertThat(bucket.take(T0)).isEmpty();
        assertThat(bucket.take(T0)).isEmpty();
        assertThat(bucket.take(T0)).isEmpty();
        assertThat(bucket.take(T0)).contains(T0.plusSeconds(10));
        assertThat(bucket.take(T0.plusSeconds(10))).isEmpty();
    }

    @Test
    void backgroundWorkLeavesTheReserveToRegularCalls() {
        TokenBucket bucket = new TokenBucket(10, Duration.ofSeconds(100), T0);

        for (int i = 0; i < 5; i++) {
            assertThat(bucket.takeAbove(0.5, T0)).isEmpty();
        }
        // Half the budget is kept: background work waits until one more request is above the reserve...
        assertThat(bucket.takeAbove(0.5, T0)).contains(T0.plusSeconds(10));
        // ...while regular calls still get the rest.
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.take(T0)).isEmpty();
        }
        assertThat(bucket.take(T0)).isPresent();
    }

    @Test
    void believesTheServerAboutWhatIsLeftAndWaitsForItsReset() {
        TokenBucket bucket = new TokenBucket(300, Duration.ofMinutes(5), T0);

        bucket.observe(0, T0.plusSeconds(90), T0);

        assertThat(bucket.take(T0.plusSeconds(30))).contains(T0.plusSeconds(90));
        assertThat(bucket.take(T0.plusSeconds(90))).isEmpty();
    }

    @Test
    void honoursRetryAfterAndOtherwiseBacksOffExponentiallyUpToTheMaximum() {
        TokenBucket bucket = new TokenBucket(300, Duration.ofMinutes(5), T0);
        Duration initial = Duration.ofSeconds(5);
        Duration max = Duration.ofSeconds(15);

        assertThat(bucket.refused(T0.plusSeconds(120), initial, max, T0)).isEqualTo(T0.plusSeconds(120));
        assertThat(bucket.take(T0.plusSeconds(119))).contains(T0.plusSeconds(120));

        Instant later = T0.plusSeconds(200);
        assertThat(bucket.refused(null, initial, max, later)).isEqualTo(later.plusSeconds(10));
        assertThat(bucket.refused(null, initial, max, later)).isEqualTo(later.plusSeconds(15));
        bucket.succeeded();
        Instant after = T0.plusSeconds(400);
        assertThat(bucket.refused(null, initial, max, after)).isEqualTo(after.plusSeconds(5));
    }
}
