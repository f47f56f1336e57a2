package io.replydesk.sentiment.virality;

import io.replydesk.events.Engagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Weighted engagement of one post over time, E(t) = Σ weight·counter(t), built from its snapshots in any
 * order. Each counter is its own track, so a counter a snapshot does not report (null) is unknown there,
 * not zero: it counts only between snapshots that report it. Snapshots at the same instant merge. A
 * counter never goes down: platforms lower counts now and then (spam purges, replica lag), and a
 * dip-and-recover must not read as fresh engagement, so each track keeps its high-water mark. Between
 * snapshots E is interpolated linearly, which lets {@link #gain} answer for any window.
 */
public final class EngagementCurve {

    private static final List<Function<Engagement, Long>> COUNTERS =
            List.of(Engagement::likes, Engagement::shares, Engagement::replies, Engagement::views);

    private final long[] times;
    private final List<Track> tracks;

    private EngagementCurve(long[] times, List<Track> tracks) {
        this.times = times;
        this.tracks = tracks;
    }

    /**
     * @param postedAt when the post was published, if known: every counter was 0 then, which gives the first
     *     snapshot a velocity. Ignored unless strictly before the first snapshot (platform clocks drift).
     */
    public static EngagementCurve of(Collection<Engagement> snapshots, Instant postedAt, EngagementWeights weights) {
        double[] weightOf = {weights.likes(), weights.shares(), weights.replies(), weights.views()};
        List<TreeMap<Long, Long>> known = new ArrayList<>();
        TreeSet<Long> times = new TreeSet<>();
        for (int c = 0; c < COUNTERS.size(); c++) {
            known.add(new TreeMap<>());
        }
        for (Engagement snapshot : snapshots) {
            if (snapshot == null || snapshot.at() == null) {
                continue;
            }
            long at = snapshot.at().toEpochMilli();
            for (int c = 0; c < COUNTERS.size(); c++) {
                Long value = COUNTERS.get(c).apply(snapshot);
                if (value != null && value >= 0) { // a negative count is a platform bug: unknown
                    known.get(c).merge(at, value, Math::max);
                    times.add(at);
                }
            }
        }
        if (postedAt != null && !times.isEmpty() && postedAt.toEpochMilli() < times.first()) {
            long origin = postedAt.toEpochMilli();
            known.stream().filter(track -> !track.isEmpty()).forEach(track -> track.put(origin, 0L));
            times.add(origin);
        }
        List<Track> tracks = new ArrayList<>();
        for (int c = 0; c < COUNTERS.size(); c++) {
            if (known.get(c).size() > 0 && weightOf[c] > 0) {
                tracks.add(Track.of(known.get(c), weightOf[c]));
            }
        }
        return new EngagementCurve(times.stream().mapToLong(Long::longValue).toArray(), tracks);
    }

    /** Distinct instants at which at least one counter is known. */
    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    public Instant first() {
        return Instant.ofEpochMilli(times[0]);
    }

    public Instant last() {
        return Instant.ofEpochMilli(times[times.length - 1]);
    }

    /** The instants of the snapshots, oldest first. */
    public List<Instant> times() {
        List<Instant> instants = new ArrayList<>(times.length);
        for (long at : times) {
            instants.add(Instant.ofEpochMilli(at));
        }
        return instants;
    }

    /** Weighted engagement at the latest snapshot (each counter at its latest known high-water mark). */
    public double total() {
        return tracks.stream().mapToDouble(track -> track.weight * track.values[track.values.length - 1]).sum();
    }

    /** Weighted engagement gained from {@code from} to {@code to}; never negative, 0 outside what is known. */
    public double gain(Instant from, Instant to) {
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        if (end <= start) {
            return 0;
        }
        return tracks.stream().mapToDouble(track -> track.weight * (track.valueAt(end) - track.valueAt(start))).sum();
    }

    /** One counter's known points, running maximum applied, interpolated linearly in between. */
    private record Track(long[] times, double[] values, double weight) {

        static Track of(TreeMap<Long, Long> known, double weight) {
            long[] times = new long[known.size()];
            double[] values = new double[known.size()];
            double highWater = 0;
            int i = 0;
            for (var point : known.entrySet()) {
                highWater = Math.max(highWater, point.getValue());
                times[i] = point.getKey();
                values[i] = highWater;
                i++;
            }
            return new Track(times, values, weight);
        }

        /** Clamped to the known span: before the first point nothing is known to have been gained. */
        double valueAt(long at) {
            if (at <= times[0]) {
                return values[0];
            }
            int last = times.length - 1;
            if (at >= times[last]) {
                return values[last];
            }
            int low = 0;
            int high = last;
            while (high - low > 1) { // times[low] < at < times[high]
                int middle = (low + high) >>> 1;
                if (times[middle] <= at) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            double fraction = (double) (at - times[low]) / (times[high] - times[low]);
            return values[low] + fraction * (values[high] - values[low]);
        }
    }
}
