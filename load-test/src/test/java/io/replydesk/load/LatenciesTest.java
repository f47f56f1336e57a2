package io.replydesk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankPercentilesOfUnsortedValues() {
        List<Duration> values = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            values.add(Duration.ofMillis(i));
        }
        Collections.shuffle(values, new java.util.Random(1));
        Latencies latencies = Latencies.of(values);
        assertThat(latencies.count()).isEqualTo(200);
        assertThat(latencies.percentile(50)).isEqualTo(Duration.ofMillis(100));
        assertThat(latencies.percentile(95)).isEqualTo(Duration.ofMillis(190));
        assertThat(latencies.percentile(99)).isEqualTo(Duration.ofMillis(198));
        assertThat(latencies.max()).isEqualTo(Duration.ofMillis(200));
        assertThat(latencies.summary()).isEqualTo("100 ms / 190 ms / 198 ms / 200 ms");
    }

    @Test
    void aSingleValueIsEveryPercentileAndNothingHasNone() {
        assertThat(Latencies.of(List.of(Duration.ofMillis(7))).percentile(1)).isEqualTo(Duration.ofMillis(7));
        assertThat(Latencies.of(List.of(Duration.ofMillis(7))).summary()).isEqualTo("7.0 ms / 7.0 ms / 7.0 ms / 7.0 ms");
        assertThat(Latencies.of(List.of()).percentile(99)).isNull();
        assertThat(Latencies.of(List.of()).summary()).isEqualTo("-");
    }
}
