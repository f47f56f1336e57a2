package io.replydesk.sentiment.virality;

import java.time.Duration;
import java.time.Instant;

/**
 * SURGE, Meltwater-style: the engagement gained in the last {@code surge-window} (1 h), as a rate, is at least
 * {@code surge-ratio} times the hourly rate over the {@code surge-previous-window} (12 h) before it, and at
 * least {@code surge-min-gain}. The post's own history is the baseline, so it needs none from the source.
 * A post observed for less than two windows is too young to compare: its "previous" rate would rest on a
 * few minutes.
 */
final class SurgeRule {

    private SurgeRule() {
    }

    static SignalCheck check(EngagementCurve curve, ViralitySettings settings) {
        ViralitySettings.Surge surge = settings.surge();
        if (curve.size() < 2) {
            return SignalCheck.notMet(ViralSignal.SURGE, 0);
        }
        Instant end = curve.last();
        Instant recentStart = end.minus(surge.window());
        Instant previousStart = recentStart.minus(surge.previousWindow());
        Instant observedFrom = curve.first().isAfter(previousStart) ? curve.first() : previousStart;
        Duration covered = Duration.between(observedFrom, recentStart);
        if (covered.compareTo(surge.window()) < 0) {
            return SignalCheck.notMet(ViralSignal.SURGE, 0);
        }
        double recentGain = curve.gain(recentStart, end);
        double recentRate = recentGain / hours(surge.window());
        double previousRate = curve.gain(observedFrom, recentStart) / hours(covered);
        boolean met = recentGain >= surge.minGain() && recentRate >= surge.ratio() * previousRate;
        double ratioProgress = previousRate > 0 ? recentRate / previousRate / surge.ratio()
                : recentGain > 0 ? Double.POSITIVE_INFINITY : 0;
        double progress = Math.min(ratioProgress, recentGain / surge.minGain());
        String gained = "engagement gained " + Figures.amount(recentGain) + " in the last "
                + Figures.span(surge.window());
        String detail = previousRate > 0
                ? gained + ", " + Figures.times(recentRate / previousRate) + " its hourly average of "
                        + Figures.amount(previousRate) + " over the previous " + Figures.span(covered)
                : gained + " after none in the previous " + Figures.span(covered);
        return SignalCheck.of(ViralSignal.SURGE, met, progress, detail);
    }

    private static double hours(Duration duration) {
        return duration.toMillis() / 3_600_000.0;
    }
}
