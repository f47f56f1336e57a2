package io.replydesk.sentiment.virality;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The trailing velocity baseline of every source seen, bounded in sources and samples; thread-safe. */
final class SourceBaselines {

    private final StoreLimits limits;
    private final Map<String, VelocityBaseline> bySource;

    SourceBaselines(StoreLimits limits) {
        this.limits = limits;
        this.bySource = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, VelocityBaseline> eldest) {
                return size() > limits.maxSources();
            }
        };
    }

    /**
     * The baseline as it was, then adds the sample: the new velocity is judged against what came before it.
     * Both in one step, so concurrent posts of a source each see a consistent baseline.
     */
    synchronized Baseline statsThenAdd(String sourceId, Optional<VelocitySample> sample) {
        if (sample.isEmpty()) {
            return stats(sourceId);
        }
        VelocityBaseline baseline = bySource.remove(sourceId); // re-inserted last: least recently updated goes first
        if (baseline == null) {
            baseline = new VelocityBaseline(limits.baselineSamples(), limits.baselineWindow());
        }
        bySource.put(sourceId, baseline);
        Baseline before = baseline.stats();
        baseline.add(sample.get());
        return before;
    }

    synchronized Baseline stats(String sourceId) {
        VelocityBaseline baseline = bySource.get(sourceId);
        return baseline == null ? Baseline.EMPTY : baseline.stats();
    }

    synchronized int size() {
        return bySource.size();
    }
}
