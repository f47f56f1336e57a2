package io.replydesk.sentiment.virality;

import io.quarkus.runtime.Startup;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostObserved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Judges VIRAL for both paths into the service. The API path judges the snapshots it is given and keeps
 * nothing; the Kafka path remembers each post's snapshots and each source's velocities (bounded, in memory,
 * thread-safe), the only state the service has. Started eagerly so a bad threshold stops the service at
 * boot instead of failing every post.
 */
@Startup
@ApplicationScoped
public class ViralityDetector {

    /**
     * Snapshot times are the collector's clock, but one stamped far ahead would age every real velocity out of
     * its source's window, so it is judged without being recorded.
     */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final ViralityPolicy policy;
    private final Clock clock;
    private final EngagementHistories histories;
    private final SourceBaselines baselines;

    @Inject
    public ViralityDetector(ViralityConfig config) {
        this(ViralityPolicy.from(config), StoreLimits.from(config), Clock.systemUTC());
    }

    public ViralityDetector(ViralityPolicy policy, StoreLimits limits, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.histories = new EngagementHistories(limits, clock);
        this.baselines = new SourceBaselines(limits);
    }

    /**
     * Judges the given snapshots (any order; nulls ignored) against the default thresholds and baseline,
     * without reading or changing stored state: the request names no source.
     */
    public ViralityAssessment assess(List<Engagement> engagement, Long authorFollowers) {
        ViralitySettings settings = policy.defaults();
        EngagementCurve curve = EngagementCurve.of(engagement == null ? List.of() : engagement, null,
                settings.weights());
        return ViralityJudge.judge(curve, Baseline.EMPTY, authorFollowers, settings);
    }

    public ViralityAssessment observe(PostObserved post) {
        return observe(EngagementObservation.from(post));
    }

    /**
     * Records the snapshot in the post's history, then judges the history against its source's baseline as
     * it was before this snapshot's velocity joined it. A redelivered snapshot changes nothing.
     */
    public ViralityAssessment observe(EngagementObservation observation) {
        ViralitySettings settings = policy.forSource(observation.sourceId());
        String source = Objects.requireNonNullElse(observation.sourceId(), "");
        Engagement snapshot = observation.snapshot();
        if (observation.postId() == null || snapshot == null || snapshot.at() == null
                || snapshot.at().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            return judgeUnrecorded(observation, settings, source);
        }
        EngagementHistories.Recorded recorded = histories.record(observation.postId(), snapshot,
                observation.postedAt(), settings);
        Baseline before = baselines.statsThenAdd(source, recorded.sample());
        return ViralityJudge.judge(recorded.curve(), before, observation.authorFollowers(), settings);
    }

    /** The source's measured baseline (maybe too small to be used yet); for health and tuning. */
    public Baseline baseline(String sourceId) {
        return baselines.stats(Objects.requireNonNullElse(sourceId, ""));
    }

    /** Posts whose engagement history is held. */
    public int trackedPosts() {
        return histories.size();
    }

    /** Nothing to record: the post's stored history, else whatever the observation itself shows. */
    private ViralityAssessment judgeUnrecorded(EngagementObservation observation, ViralitySettings settings,
            String source) {
        EngagementCurve curve = observation.postId() == null ? null
                : histories.curve(observation.postId(), settings.weights()).orElse(null);
        if (curve == null) {
            List<Engagement> snapshots = observation.snapshot() == null ? List.of() : List.of(observation.snapshot());
            curve = EngagementCurve.of(snapshots, observation.postedAt(), settings.weights());
        }
        return ViralityJudge.judge(curve, baselines.stats(source), observation.authorFollowers(), settings);
    }
}
