package io.replydesk.sentiment.virality;

import io.replydesk.events.Engagement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engagement snapshots of one post, oldest first, at most {@code maxSnapshots}, and how far its velocity
 * has been handed to the source baseline. Not thread-safe: {@link EngagementHistories} guards it.
 */
final class PostHistory {

    private final List<Engagement> snapshots = new ArrayList<>();
    private Instant postedAt;
    private Instant sampledUntil;
    private Instant touchedAt;

    /** Adds a snapshot; false when it told nothing new (a redelivered event). */
    boolean record(Engagement snapshot, Instant postedAt, int maxSnapshots, Instant now) {
        touchedAt = now;
        if (postedAt != null) {
            this.postedAt = postedAt;
        }
        int index = 0;
        while (index < snapshots.size() && snapshots.get(index).at().isBefore(snapshot.at())) {
            index++;
        }
        if (index < snapshots.size() && snapshots.get(index).at().equals(snapshot.at())) {
            Engagement merged = merge(snapshots.get(index), snapshot);
            if (merged.equals(snapshots.get(index))) {
                return false;
            }
            snapshots.set(index, merged);
        } else {
            snapshots.add(index, snapshot);
        }
        while (snapshots.size() > maxSnapshots) {
            snapshots.remove(thinningCandidate());
        }
        return true;
    }

    EngagementCurve curve(EngagementWeights weights) {
        return EngagementCurve.of(snapshots, postedAt, weights);
    }

    /**
     * The velocity since the last sample, once at least {@code minInterval} has passed, so the baseline gets
     * non-overlapping intervals and a redelivered or late snapshot adds nothing twice.
     */
    Optional<VelocitySample> nextSample(EngagementCurve curve, Duration minInterval, Duration maxSpan) {
        if (curve.size() < 2) {
            return Optional.empty();
        }
        Instant from = sampledUntil == null ? curve.first() : sampledUntil;
        Instant to = curve.last();
        Duration span = Duration.between(from, to);
        if (span.compareTo(minInterval) < 0) {
            return Optional.empty();
        }
        sampledUntil = to;
        if (span.compareTo(maxSpan) > 0) {
            return Optional.empty();
        }
        return Optional.of(new VelocitySample(to, curve.gain(from, to) / (span.toMillis() / 3_600_000.0)));
    }

    Instant touchedAt() {
        return touchedAt;
    }

    List<Engagement> snapshots() {
        return List.copyOf(snapshots);
    }

    /**
     * Keeps the oldest snapshot (it anchors the 12-hour comparison) and the newest half (velocity and
     * acceleration); of the rest, drops the one whose neighbours are closest, so the history thins out evenly.
     */
    private int thinningCandidate() {
        int lastCandidate = snapshots.size() - 1 - snapshots.size() / 2;
        int best = 1;
        long narrowest = Long.MAX_VALUE;
        for (int i = 1; i <= lastCandidate; i++) {
            long gap = snapshots.get(i + 1).at().toEpochMilli() - snapshots.get(i - 1).at().toEpochMilli();
            if (gap < narrowest) {
                narrowest = gap;
                best = i;
            }
        }
        return best;
    }

    /** Two snapshots of the same instant: each counter at its highest known value. */
    private static Engagement merge(Engagement a, Engagement b) {
        return new Engagement(a.at(), max(a.likes(), b.likes()), max(a.shares(), b.shares()),
                max(a.replies(), b.replies()), max(a.views(), b.views()));
    }

    private static Long max(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }
}
