package io.replydesk.sentiment.virality;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One source's trailing velocities: the last {@code maxSamples}, none older than {@code window} before the
 * newest. Age counts in event time, as Huginn does, so replaying old events builds the same baseline as
 * living through them. Not thread-safe: {@link SourceBaselines} guards it.
 */
final class VelocityBaseline {

    private final int maxSamples;
    private final long windowMillis;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private long newest = Long.MIN_VALUE;

    VelocityBaseline(int maxSamples, Duration window) {
        this.maxSamples = maxSamples;
        this.windowMillis = window.toMillis();
    }

    void add(VelocitySample sample) {
        long at = sample.at().toEpochMilli();
        samples.addLast(new Sample(at, sample.perHour()));
        newest = Math.max(newest, at);
        while (samples.size() > maxSamples) {
            samples.removeFirst();
        }
        // arrival order is nearly time order; a straggler older than the window leaves at the next sweep
        samples.removeIf(s -> s.at < newest - windowMillis);
    }

    Baseline stats() {
        return Baseline.measured(samples.stream().mapToDouble(Sample::perHour).toArray());
    }

    private record Sample(long at, double perHour) {
    }
}
