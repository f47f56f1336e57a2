package io.replydesk.sentiment.virality;

import java.time.Duration;

/**
 * Bounds of the only state the sentiment service keeps. Worst case about
 * {@code maxPosts × maxSnapshots × 100} bytes of snapshots plus {@code maxSources × baselineSamples × 32}.
 *
 * @param maxPosts posts whose engagement history is kept; the least recently updated is dropped first
 * @param maxSnapshots snapshots kept per post; past it the history is thinned, never the newest half
 * @param postTtl a post not updated for this long is forgotten
 * @param baselineSamples velocities kept per source
 * @param baselineWindow velocities older than this, counted back from the source's newest, are dropped
 * @param maxSources sources with a baseline; the least recently updated is dropped first
 * @param maxSampleSpan a velocity measured over a longer interval says little about how fast posts move
 *     and is kept out of the baseline (a review first seen a week after it was written)
 */
public record StoreLimits(int maxPosts, int maxSnapshots, Duration postTtl, int baselineSamples,
        Duration baselineWindow, int maxSources, Duration maxSampleSpan) {

    public StoreLimits {
        requireAtLeast("history.max-posts", maxPosts, 1);
        // thinning keeps the oldest snapshot and the newest half, and needs one more to choose from
        requireAtLeast("history.max-snapshots", maxSnapshots, 4);
        requireAtLeast("baseline.max-samples", baselineSamples, 1);
        requireAtLeast("baseline.max-sources", maxSources, 1);
        requirePositive("history.ttl", postTtl);
        requirePositive("baseline.window", baselineWindow);
        requirePositive("baseline.max-sample-span", maxSampleSpan);
    }

    public static StoreLimits from(ViralityConfig config) {
        ViralityConfig.History history = config.history();
        ViralityConfig.Baselines baseline = config.baseline();
        try {
            return new StoreLimits(history.maxPosts(), history.maxSnapshots(), history.ttl(), baseline.maxSamples(),
                    baseline.window(), baseline.maxSources(), baseline.maxSampleSpan());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("replydesk.sentiment.virality." + e.getMessage(), e);
        }
    }

    private static void requireAtLeast(String key, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(key + " must be at least " + minimum + ", not " + value);
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, not " + value);
        }
    }
}
