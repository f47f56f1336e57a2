package io.replydesk.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything one load run measured, for the report and the final checks. */
record LoadRun(
        LoadSettings settings,
        String sourceId,
        PostGenerator.Phase warmup,
        PostGenerator.Phase measured,
        Sampler.Snapshot measureStart,
        Sampler.Snapshot measureEnd,
        long machineBusyNanos,
        String loadAverageBefore,
        String loadAverageAfter,
        Instant drainedAt,
        List<Sampler.Snapshot> snapshots,
        Map<String, Integer> restarts,
        PipelineLedger ledger) {

    boolean drained() {
        return drainedAt != null;
    }

    /** From the end of sending to the moment every queue was empty. */
    Duration drainTime() {
        return drainedAt == null ? null : Duration.between(measured.end(), drainedAt);
    }

    Set<String> measuredPostIds() {
        return postIds(measured);
    }

    Set<String> acceptedPostIds() {
        Set<String> all = new java.util.HashSet<>(postIds(warmup));
        all.addAll(postIds(measured));
        return all;
    }

    private Set<String> postIds(PostGenerator.Phase phase) {
        return phase == null ? Set.of()
                : phase.accepted().keySet().stream().map(id -> sourceId + ":" + id).collect(Collectors.toSet());
    }

    /** What was lost: accepted posts missing at some step, or flagged posts without their draft. */
    List<String> losses() {
        List<String> losses = new java.util.ArrayList<>();
        describe(losses, "accepted (202) but not in the collector's database", ledger.missingInCollector(acceptedPostIds()));
        describe(losses, "observed but never on posts.observed", ledger.notOnPostsObserved());
        describe(losses, "observed but never assessed", ledger.notAssessed());
        describe(losses, "NEGATIVE/UNREASONABLE but without a draft", ledger.flaggedWithoutDraft());
        return losses;
    }

    private static void describe(List<String> out, String what, List<String> postIds) {
        if (!postIds.isEmpty()) {
            out.add(postIds.size() + " posts " + what + ", e.g. " + postIds.subList(0, Math.min(5, postIds.size())));
        }
    }
}
