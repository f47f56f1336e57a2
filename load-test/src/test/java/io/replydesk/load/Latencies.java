package io.replydesk.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;

/** A set of latencies and their nearest-rank percentiles (p99 of 100 values is the 99th smallest). */
final class Latencies {

    private final long[] sortedMicros;

    private Latencies(long[] sortedMicros) {
        this.sortedMicros = sortedMicros;
    }

    static Latencies of(Collection<Duration> durations) {
        long[] micros = durations.stream().mapToLong(d -> d.toNanos() / 1_000).toArray();
        Arrays.sort(micros);
        return new Latencies(micros);
    }

    int count() {
        return sortedMicros.length;
    }

    /** @param p in (0, 100]; the empty set has no percentile (null) */
    Duration percentile(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        if (sortedMicros.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100 * sortedMicros.length);
        return Duration.ofNanos(sortedMicros[Math.max(rank, 1) - 1] * 1_000);
    }

    Duration max() {
        return sortedMicros.length == 0 ? null : Duration.ofNanos(sortedMicros[sortedMicros.length - 1] * 1_000);
    }

    /** "p50 / p95 / p99 / max" in milliseconds, or "-" when there is nothing to report. */
    String summary() {
        if (sortedMicros.length == 0) {
            return "-";
        }
        return millis(percentile(50)) + " / " + millis(percentile(95)) + " / " + millis(percentile(99)) + " / "
                + millis(max());
    }

    static String millis(Duration d) {
        if (d == null) {
            return "-";
        }
        double ms = d.toNanos() / 1e6;
        return ms >= 100 ? String.format(java.util.Locale.ROOT, "%.0f ms", ms)
                : String.format(java.util.Locale.ROOT, "%.1f ms", ms);
    }
}
