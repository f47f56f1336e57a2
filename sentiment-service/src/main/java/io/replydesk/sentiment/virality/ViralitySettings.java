package io.replydesk.sentiment.virality;

import java.time.Duration;

/**
 * The thresholds VIRAL is judged with, for one source. Plain values so the maths can be tested without
 * Quarkus; {@link ViralityPolicy} builds them from {@link ViralityConfig} and per-source overrides.
 *
 * @param minInterval snapshots closer than this are not measured against each other, so a few seconds
 *     between two polls cannot turn one like into thousands per hour
 * @param minVelocity engagement per hour below which a post is never SPIKE or ACCELERATING, however
 *     unusual for its source (0→3 likes is not viral)
 */
public record ViralitySettings(EngagementWeights weights, Duration minInterval, double minVelocity, Spike spike,
        Surge surge, Acceleration acceleration, Reach reach) {

    public ViralitySettings {
        requirePositive("min-interval", minInterval);
        requirePositive("min-velocity", minVelocity);
    }

    /**
     * Huginn-style peak detection: latest velocity ≥ mean + zThreshold·σ of the source's trailing velocities.
     * Until the source has {@code minBaselineSamples} of them, the default baseline stands in.
     */
    public record Spike(double zThreshold, int minBaselineSamples, double minStdDev, double defaultMean,
            double defaultStdDev) {

        public Spike {
            requirePositive("z-threshold", zThreshold);
            requirePositive("min-baseline-samples", minBaselineSamples);
            requirePositive("min-std-dev", minStdDev);
            requireNotNegative("default-mean", defaultMean);
            requireNotNegative("default-std-dev", defaultStdDev);
        }

        public Baseline defaultBaseline() {
            return Baseline.fallback(defaultMean, defaultStdDev);
        }
    }

    /** Meltwater-style: rate over the last {@code window} ≥ ratio × hourly rate over {@code previousWindow}. */
    public record Surge(double ratio, double minGain, Duration window, Duration previousWindow) {

        public Surge {
            requirePositive("surge-ratio", ratio);
            requirePositive("surge-min-gain", minGain);
            requirePositive("surge-window", window);
            requirePositive("surge-previous-window", previousWindow);
        }
    }

    /** Velocity rose {@code rises} times in a row and grew at least {@code growth}-fold over them. */
    public record Acceleration(int rises, double growth) {

        public Acceleration {
            requirePositive("acceleration-rises", rises);
            if (!(growth >= 1) || Double.isInfinite(growth)) {
                throw new IllegalArgumentException("acceleration-growth must be a finite number >= 1, not " + growth);
            }
        }
    }

    /** An author with at least {@code followers} whose post already gains {@code minVelocity} per hour. */
    public record Reach(long followers, double minVelocity) {

        public Reach {
            requirePositive("reach-followers", followers);
            requirePositive("reach-min-velocity", minVelocity);
        }
    }

    private static void requirePositive(String key, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + " must be a finite number > 0, not " + value);
        }
    }

    private static void requireNotNegative(String key, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + " must be a finite number >= 0, not " + value);
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, not " + value);
        }
    }
}
