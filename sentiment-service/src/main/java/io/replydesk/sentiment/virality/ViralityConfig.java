package io.replydesk.sentiment.virality;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the VIRAL judgement ({@code replydesk.sentiment.virality.*}). Velocities and gains are in
 * weighted engagement (see the weights) per hour. Every threshold can be overridden per source under
 * {@code sources."<sourceId>".<key>}; the store bounds are global. VIRALITY.md explains the maths.
 */
@ConfigMapping(prefix = "replydesk.sentiment.virality")
public interface ViralityConfig {

    @WithDefault("1")
    double weightLikes();

    @WithDefault("3")
    double weightShares();

    @WithDefault("2")
    double weightReplies();

    @WithDefault("0.01")
    double weightViews();

    /** Snapshots closer than this are not measured against each other. */
    @WithDefault("5m")
    Duration minInterval();

    /** Velocity below which SPIKE and ACCELERATING never fire. */
    @WithDefault("50")
    double minVelocity();

    /** SPIKE: σ above the source's mean velocity. */
    @WithDefault("3")
    double zThreshold();

    /** SPIKE: velocities a source needs before its own baseline replaces the default one. */
    @WithDefault("30")
    int minBaselineSamples();

    /** SPIKE: floor of σ, so a source of silent posts does not make every like a spike. */
    @WithDefault("5")
    double minStdDev();

    /** Default baseline mean velocity, for sources (and API calls) without enough history. */
    @WithDefault("20")
    double defaultMean();

    /** Default baseline σ. */
    @WithDefault("30")
    double defaultStdDev();

    /** SURGE: last window's rate over the previous windows' hourly rate. */
    @WithDefault("3")
    double surgeRatio();

    /** SURGE: least engagement gained in the last window. */
    @WithDefault("100")
    double surgeMinGain();

    @WithDefault("1h")
    Duration surgeWindow();

    @WithDefault("12h")
    Duration surgePreviousWindow();

    /** ACCELERATING: consecutive rises of velocity. */
    @WithDefault("2")
    int accelerationRises();

    /** ACCELERATING: least growth factor of velocity over those rises. */
    @WithDefault("2")
    double accelerationGrowth();

    /** REACH: followers from which an author counts as widely followed. */
    @WithDefault("100000")
    long reachFollowers();

    /** REACH: velocity that counts as early engagement. */
    @WithDefault("10")
    double reachMinVelocity();

    History history();

    Baselines baseline();

    /** Per-source overrides of the thresholds, keyed by source id. */
    Map<String, SourceOverrides> sources();

    /** Bounds of the per-post engagement history. */
    interface History {

        @WithDefault("100000")
        int maxPosts();

        @WithDefault("32")
        int maxSnapshots();

        @WithDefault("72h")
        Duration ttl();
    }

    /** Bounds of the per-source velocity baselines. */
    interface Baselines {

        @WithDefault("500")
        int maxSamples();

        @WithDefault("7d")
        Duration window();

        @WithDefault("10000")
        int maxSources();

        @WithDefault("24h")
        Duration maxSampleSpan();
    }
}
