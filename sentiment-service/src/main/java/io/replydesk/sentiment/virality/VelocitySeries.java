package io.replydesk.sentiment.virality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Engagement velocity of one post, per hour, between consecutive snapshots at least {@code minInterval}
 * apart; acceleration is the change of velocity per hour. Snapshots closer than the minimum interval are
 * skipped, walking back from the newest so the latest figures are always measured: a poll two seconds after
 * another must not turn one new like into 1,800/h.
 */
public final class VelocitySeries {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final List<Interval> intervals;

    private VelocitySeries(List<Interval> intervals) {
        this.intervals = List.copyOf(intervals);
    }

    public static VelocitySeries of(EngagementCurve curve, Duration minInterval) {
        List<Instant> times = curve.times();
        List<Instant> kept = new ArrayList<>();
        for (int i = times.size() - 1; i >= 0; i--) {
            Instant at = times.get(i);
            if (kept.isEmpty() || !at.isAfter(kept.get(kept.size() - 1).minus(minInterval))) {
                kept.add(at);
            }
        }
        Collections.reverse(kept);
        List<Interval> intervals = new ArrayList<>();
        for (int i = 1; i < kept.size(); i++) {
            Instant from = kept.get(i - 1);
            Instant to = kept.get(i);
            intervals.add(new Interval(from, to, curve.gain(from, to)));
        }
        return new VelocitySeries(intervals);
    }

    /** Oldest first. */
    public List<Interval> intervals() {
        return intervals;
    }

    public Optional<Interval> latest() {
        return intervals.isEmpty() ? Optional.empty() : Optional.of(intervals.get(intervals.size() - 1));
    }

    /** Latest velocity per hour, 0 until two snapshots far enough apart exist. */
    public double velocity() {
        return latest().map(Interval::perHour).orElse(0.0);
    }

    /** Latest change of velocity per hour (per hour²), between the midpoints of the last two intervals. */
    public double acceleration() {
        if (intervals.size() < 2) {
            return 0;
        }
        Interval previous = intervals.get(intervals.size() - 2);
        Interval last = intervals.get(intervals.size() - 1);
        double hours = (last.middle() - previous.middle()) / MILLIS_PER_HOUR;
        return (last.perHour() - previous.perHour()) / hours;
    }

    /** Engagement gained between two snapshots; {@code to} is after {@code from} by at least the minimum interval. */
    public record Interval(Instant from, Instant to, double gain) {

        public double hours() {
            return (to.toEpochMilli() - from.toEpochMilli()) / MILLIS_PER_HOUR;
        }

        public double perHour() {
            return gain / hours();
        }

        double middle() {
            return (from.toEpochMilli() + to.toEpochMilli()) / 2.0;
        }
    }
}
