package io.replydesk.sentiment.virality;

import io.replydesk.events.Flag;
import io.replydesk.events.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges VIRAL from a post's engagement curve, its source's baseline and its author's followers. Pure: the
 * state lives in {@link ViralityDetector}. VIRAL is raised when SPIKE, SURGE or ACCELERATING is met; REACH
 * then joins the reasons. The score combines every signal's progress p as a noisy-OR of p/(1+p) (1/2 at a
 * threshold, towards 1 far past it), REACH at half weight; posts without VIRAL are capped just below 0.5,
 * so priority can rank near misses without any of them outranking a raised flag.
 */
public final class ViralityJudge {

    private static final double REACH_WEIGHT = 0.5;
    private static final double BELOW_VIRAL = 0.499;

    private ViralityJudge() {
    }

    /**
     * @param sourceBaseline the source's measured velocities; below {@code min-baseline-samples} the
     *     configured default baseline is used instead, so a new source is still judged
     * @param followers the author's followers, null when unknown
     */
    public static ViralityAssessment judge(EngagementCurve curve, Baseline sourceBaseline, Long followers,
            ViralitySettings settings) {
        Baseline baseline = sourceBaseline.samples() >= settings.spike().minBaselineSamples()
                ? sourceBaseline
                : settings.spike().defaultBaseline();
        VelocitySeries series = VelocitySeries.of(curve, settings.minInterval());
        List<SignalCheck> primary = List.of(
                SpikeRule.check(series, baseline, settings),
                SurgeRule.check(curve, settings),
                AccelerationRule.check(series, baseline, settings));
        SignalCheck reach = ReachRule.check(followers, series, settings);

        boolean viral = primary.stream().anyMatch(SignalCheck::met);
        List<Reason> reasons = new ArrayList<>();
        if (viral) {
            primary.stream().filter(SignalCheck::met).forEach(check -> reasons.add(reason(check)));
            if (reach.met()) {
                reasons.add(reason(reach));
            }
        }
        double quiet = 1 - REACH_WEIGHT * strength(reach);
        for (SignalCheck check : primary) {
            quiet *= 1 - strength(check);
        }
        double combined = 1 - quiet; // at least 1/2 when a primary signal is met
        double score = viral ? combined : Math.min(combined, BELOW_VIRAL);
        double velocity = series.velocity();
        List<SignalCheck> checks = new ArrayList<>(primary);
        checks.add(reach);
        return new ViralityAssessment(viral, score, reasons, velocity, series.acceleration(),
                series.latest().isPresent() ? baseline.zScore(velocity, settings.spike().minStdDev()) : 0,
                curve.total(), baseline, checks);
    }

    private static double strength(SignalCheck check) {
        double progress = check.progress();
        return Double.isInfinite(progress) ? 1 : progress / (1 + progress);
    }

    private static Reason reason(SignalCheck check) {
        return new Reason(Flag.VIRAL, check.signal().code(), check.detail());
    }
}
