package io.replydesk.sentiment.virality;

import java.util.List;

/**
 * ACCELERATING: the velocity rose strictly over the last {@code acceleration-rises} intervals, grew at least
 * {@code acceleration-growth}-fold over them, and is now at least {@code min-velocity} and above the source's
 * mean velocity. The last two keep a big source's ordinary busy posts, and tiny numbers that happen to
 * rise (1/h, 2/h, 4/h), from counting as an early warning.
 */
final class AccelerationRule {

    private AccelerationRule() {
    }

    static SignalCheck check(VelocitySeries series, Baseline baseline, ViralitySettings settings) {
        int rises = settings.acceleration().rises();
        List<VelocitySeries.Interval> intervals = series.intervals();
        if (intervals.size() < rises + 1) {
            return SignalCheck.notMet(ViralSignal.ACCELERATING, 0);
        }
        List<VelocitySeries.Interval> recent = intervals.subList(intervals.size() - rises - 1, intervals.size());
        for (int i = 1; i < recent.size(); i++) {
            if (recent.get(i).perHour() <= recent.get(i - 1).perHour()) {
                return SignalCheck.notMet(ViralSignal.ACCELERATING, 0);
            }
        }
        double from = recent.get(0).perHour();
        double to = recent.get(recent.size() - 1).perHour();
        double growth = from > 0 ? to / from : Double.POSITIVE_INFINITY; // strictly rising, so to > 0
        double floor = Math.max(settings.minVelocity(), baseline.mean());
        boolean met = growth >= settings.acceleration().growth() && to >= floor;
        double progress = Math.min(growth / settings.acceleration().growth(), to / floor);
        String grew = from > 0 ? " (" + Figures.times(growth) + ")" : "";
        return SignalCheck.of(ViralSignal.ACCELERATING, met, progress,
                "engagement velocity rose " + (rises == 1 ? "once" : rises + " times in a row") + ", from "
                        + Figures.rate(from) + " to " + Figures.rate(to) + grew + ", now accelerating by "
                        + Figures.rate(series.acceleration()) + " per hour");
    }
}
