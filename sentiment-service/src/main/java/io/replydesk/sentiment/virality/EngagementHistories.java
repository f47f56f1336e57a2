package io.replydesk.sentiment.virality;

import io.replydesk.events.Engagement;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engagement history of recently updated posts, in memory: at most {@code maxPosts}, each forgotten
 * {@code postTtl} after its last update, least recently updated evicted first. Thread-safe; each call holds
 * the lock only for one post's few dozen snapshots.
 */
final class EngagementHistories {

    private final StoreLimits limits;
    private final Clock clock;
    // insertion order, and a post is re-inserted on every update: the head is always the stalest
    private final LinkedHashMap<String, PostHistory> byPost;

    EngagementHistories(StoreLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.byPost = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PostHistory> eldest) {
                return size() > limits.maxPosts();
            }
        };
    }

    /** What a post's history looks like after a snapshot, and the velocity it adds to the source baseline. */
    record Recorded(EngagementCurve curve, Optional<VelocitySample> sample) {
    }

    synchronized Recorded record(String postId, Engagement snapshot, Instant postedAt, ViralitySettings settings) {
        Instant now = clock.instant();
        expire(now);
        PostHistory history = byPost.remove(postId);
        if (history == null) {
            history = new PostHistory();
        }
        byPost.put(postId, history);
        boolean changed = history.record(snapshot, postedAt, limits.maxSnapshots(), now);
        EngagementCurve curve = history.curve(settings.weights());
        Optional<VelocitySample> sample = changed
                ? history.nextSample(curve, settings.minInterval(), limits.maxSampleSpan())
                : Optional.empty();
        return new Recorded(curve, sample);
    }

    /** The post's history as it stands, without recording anything. */
    synchronized Optional<EngagementCurve> curve(String postId, EngagementWeights weights) {
        expire(clock.instant());
        return Optional.ofNullable(byPost.get(postId)).map(history -> history.curve(weights));
    }

    synchronized Optional<List<Engagement>> snapshots(String postId) {
        return Optional.ofNullable(byPost.get(postId)).map(PostHistory::snapshots);
    }

    synchronized int size() {
        expire(clock.instant());
        return byPost.size();
    }

    private void expire(Instant now) {
        Instant oldestKept = now.minus(limits.postTtl());
        Iterator<PostHistory> stalestFirst = byPost.values().iterator();
        while (stalestFirst.hasNext() && stalestFirst.next().touchedAt().isBefore(oldestKept)) {
            stalestFirst.remove();
        }
    }
}
