package io.replydesk.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {

    @Test
    void defaultsAreFiftyPostsPerSecondForTenMinutes() {
        LoadSettings settings = LoadSettings.from(props());
        assertThat(settings.rate()).isEqualTo(50);
        assertThat(settings.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.warmup()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.requestInterval()).isEqualTo(Duration.ofMillis(20));
        assertThat(settings.report().toString()).endsWith("load-test/target/load-report.md");
    }

    @Test
    void batchesStretchTheRequestInterval() {
        Properties props = props();
        props.setProperty("load.rate", "40");
        props.setProperty("load.batch", "10");
        props.setProperty("load.duration", "PT3M");
        LoadSettings settings = LoadSettings.from(props);
        assertThat(settings.requestInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.duration()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void badValuesAreNamed() {
        Properties rate = props();
        rate.setProperty("load.rate", "0");
        assertThatThrownBy(() -> LoadSettings.from(rate)).hasMessageContaining("load.rate must be a positive");
        Properties duration = props();
        duration.setProperty("load.duration", "10m");
        assertThatThrownBy(() -> LoadSettings.from(duration))
                .hasMessageContaining("load.duration=10m is not an ISO-8601 duration");
        Properties batch = props();
        batch.setProperty("load.batch", "5000");
        assertThatThrownBy(() -> LoadSettings.from(batch)).hasMessageContaining("load.batch must be 1..1000");
    }

    private static Properties props() {
        Properties props = new Properties();
        props.setProperty("replydesk.project.dir", "/work/replydesk");
        return props;
    }
}
