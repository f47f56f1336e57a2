package io.replydesk.sentiment.virality;

import io.replydesk.events.Flag;
import io.replydesk.events.Reason;
import java.util.List;

/**
 * The VIRAL judgement of one post.
 *
 * @param viral whether VIRAL is raised; then {@code reasons} holds one {@link Flag#VIRAL} reason per signal
 * @param score 0..1 for priority: at least 0.5 exactly when {@code viral}, higher the further past the
 *     thresholds; near misses score just under 0.5, quiet posts 0
 * @param velocityPerHour latest weighted engagement per hour (0 with fewer than two usable snapshots)
 * @param accelerationPerHour latest change of that velocity per hour
 * @param zScore latest velocity against {@code baseline}, in σ
 * @param engagement weighted engagement at the latest snapshot
 * @param baseline the baseline the post was judged against (the source's, or the configured default)
 * @param checks every signal's outcome, met or not, for logs and tuning
 */
public record ViralityAssessment(boolean viral, double score, List<Reason> reasons, double velocityPerHour,
        double accelerationPerHour, double zScore, double engagement, Baseline baseline, List<SignalCheck> checks) {

    public ViralityAssessment {
        reasons = List.copyOf(reasons);
        checks = List.copyOf(checks);
    }

    /** [VIRAL] or nothing, ready to join the other flags. */
    public List<Flag> flags() {
        return viral ? List.of(Flag.VIRAL) : List.of();
    }
}
