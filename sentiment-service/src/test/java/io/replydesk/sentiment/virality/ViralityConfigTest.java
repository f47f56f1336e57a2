package io.replydesk.sentiment.virality;

import static io.replydesk.sentiment.virality.Fixtures.likesAtRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.replydesk.events.Engagement;
import io.replydesk.sentiment.config.SentimentConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The @ConfigMapping, read by SmallRye Config as Quarkus reads it, without starting Quarkus. */
class ViralityConfigTest {

    private static final String PREFIX = "replydesk.sentiment.virality.";

    @Test
    void defaultsAreTheDocumentedOnes() {
        ViralityConfig config = Fixtures.config(Map.of());

        assertThat(ViralityPolicy.from(config).defaults()).isEqualTo(new ViralitySettings(
                new EngagementWeights(1, 3, 2, 0.01), Duration.ofMinutes(5), 50,
                new ViralitySettings.Spike(3, 30, 5, 20, 30),
                new ViralitySettings.Surge(3, 100, Duration.ofHours(1), Duration.ofHours(12)),
                new ViralitySettings.Acceleration(2, 2),
                new ViralitySettings.Reach(100_000, 10)));
        assertThat(StoreLimits.from(config)).isEqualTo(new StoreLimits(100_000, 32, Duration.ofHours(72), 500,
                Duration.ofDays(7), 10_000, Duration.ofHours(24)));
    }

    @Test
    void aSourceOverrideChangesTheOutcomeForThatSourceOnly() {
        ViralityPolicy policy = Fixtures.policy(Map.of(
                PREFIX + "sources.\"calm-shop\".z-threshold", "10",
                PREFIX + "sources.\"calm-shop\".surge-min-gain", "1000",
                PREFIX + "sources.\"busy-brand\".min-velocity", "20"));
        List<Engagement> spike = likesAtRates(30, 20, 20, 200); // 6σ above the default baseline
        Baseline none = Baseline.EMPTY;

        assertThat(judge(spike, none, policy.forSource("anyone")).viral()).isTrue();
        assertThat(judge(spike, none, policy.forSource("calm-shop")).viral()).isFalse();
        assertThat(policy.forSource("calm-shop").surge().minGain()).isEqualTo(1000);
        assertThat(policy.forSource("calm-shop").minVelocity()).as("not overridden").isEqualTo(50);
        assertThat(policy.forSource("busy-brand").spike()).isEqualTo(policy.defaults().spike());
        assertThat(policy.forSource(null)).isEqualTo(policy.defaults());
    }

    @Test
    void aSourceCanWeighEngagementDifferently() {
        ViralityPolicy policy = Fixtures.policy(Map.of(PREFIX + "sources.\"reviews\".weight-likes", "5"));

        assertThat(policy.forSource("reviews").weights()).isEqualTo(new EngagementWeights(5, 3, 2, 0.01));
    }

    @Test
    void aBadValueFailsNamingItsKey() {
        assertThatThrownBy(() -> Fixtures.policy(Map.of(PREFIX + "sources.\"x\".z-threshold", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PREFIX + "sources.\"x\".z-threshold must be a finite number > 0, not 0.0");
        assertThatThrownBy(() -> StoreLimits.from(Fixtures.config(Map.of(PREFIX + "history.max-snapshots", "2"))))
                .hasMessage(PREFIX + "history.max-snapshots must be at least 4, not 2");
    }

    @Test
    void theServicePropertiesReadAlongsideTheOtherSentimentSettings() throws Exception {
        URL properties = getClass().getClassLoader().getResource("application.properties");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SentimentConfig.class)
                .withMapping(ViralityConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new PropertiesConfigSource(Map.of(PREFIX + "sources.\"demo\".z-threshold", "4"),
                        "test", 500))
                .build();

        ViralityPolicy policy = ViralityPolicy.from(config.getConfigMapping(ViralityConfig.class));

        assertThat(policy.forSource("demo").spike().zThreshold()).isEqualTo(4);
        assertThat(config.getConfigMapping(SentimentConfig.class).parser()).isEqualTo("auto");
    }

    private static ViralityAssessment judge(List<Engagement> snapshots, Baseline baseline,
            ViralitySettings settings) {
        return ViralityJudge.judge(EngagementCurve.of(snapshots, null, settings.weights()), baseline, null, settings);
    }
}
