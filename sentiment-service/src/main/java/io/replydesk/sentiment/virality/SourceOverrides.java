package io.replydesk.sentiment.virality;

import java.time.Duration;
import java.util.Optional;

/** Thresholds of one source that differ from the defaults; same keys as {@link ViralityConfig}. */
public interface SourceOverrides {

    Optional<Double> weightLikes();

    Optional<Double> weightShares();

    Optional<Double> weightReplies();

    Optional<Double> weightViews();

    Optional<Duration> minInterval();

    Optional<Double> minVelocity();

    Optional<Double> zThreshold();

    Optional<Integer> minBaselineSamples();

    Optional<Double> minStdDev();

    Optional<Double> defaultMean();

    Optional<Double> defaultStdDev();

    Optional<Double> surgeRatio();

    Optional<Double> surgeMinGain();

    Optional<Duration> surgeWindow();

    Optional<Duration> surgePreviousWindow();

    Optional<Integer> accelerationRises();

    Optional<Double> accelerationGrowth();

    Optional<Long> reachFollowers();

    Optional<Double> reachMinVelocity();
}
