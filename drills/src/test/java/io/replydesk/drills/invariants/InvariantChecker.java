package io.replydesk.drills.invariants;

import io.replydesk.drills.harness.Pause;
import io.replydesk.drills.harness.PostStream;
import io.replydesk.drills.harness.Receiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The six invariants, checked over everything the stack has seen so far (all drills, not only the last; each
 * broken item is reported by the first drill that finds it):
 * <ol>
 * <li>every observed post version is assessed exactly once (one PostAssessed event id, applied by response);</li>
 * <li>every post whose assessment asks for a draft has exactly one draft, other posts none;</li>
 * <li>no reply reached the platform (or the collector's delivery table) without an approval in the audit;</li>
 * <li>no approval yields two platform replies (one idempotency key per post, one delivery row per post);</li>
 * <li>nothing stuck: every pushed post observed, no lag, empty outboxes, no approval left unposted;</li>
 * <li>nothing lost to a dead-letter topic: only the drills' own poison records are there.</li>
 * </ol>
 */
public final class InvariantChecker {

    /** Records a drill writes on purpose carry this marker, so the dead-letter check can tell them apart. */
    public static final String POISON_MARKER = "drill-poison";
    private static final int EXAMPLES = 3;

    private final PipelineReader reader;
    private final Consumer<String> log;
    private final Set<String> reported = new HashSet<>();

    public InvariantChecker(PipelineReader reader, Consumer<String> log) {
        this.reader = reader;
        this.log = log;
    }

    /** The result: broken invariants (empty when all held) and the state they were judged on. */
    public record Verdict(List<String> violations, PipelineState state, Duration drainTime) {
        public boolean passed() {
            return violations.isEmpty();
        }
    }

    /** Waits (up to {@code timeout}) for the pipeline to drain, then judges it. */
    public Verdict check(List<PostStream> streams, Duration timeout) {
        long started = System.nanoTime();
        awaitDrained(streams, timeout);
        Duration drain = Duration.ofNanos(System.nanoTime() - started);
        PipelineState state = reader.read();
        return new Verdict(judge(state, expectedPosts(streams)), state, drain);
    }

    /** The broken invariants in {@code state}, given the posts (id → version) the drills pushed. */
    List<String> judge(PipelineState state, Map<String, Integer> pushed) {
        List<String> violations = new ArrayList<>();
        assessedOncePerVersion(state, violations);
        oneDraftPerPostThatNeedsOne(state, violations);
        noReplyWithoutApproval(state, violations);
        noApprovalPostedTwice(state, violations);
        nothingStuck(state, pushed, violations);
        nothingLostToDeadLetters(state, violations);
        return violations;
    }

    private static Map<String, Integer> expectedPosts(List<PostStream> streams) {
        Map<String, Integer> posts = new HashMap<>();
        for (PostStream stream : streams) {
            for (int i = 0; i < stream.total(); i++) {
                posts.put(stream.source().postId(PostStream.externalId(i)), PostStream.versions(i));
            }
        }
        return posts;
    }

    /** @return whether the pipeline drained within the timeout */
    public boolean awaitDrained(List<PostStream> streams, Duration timeout) {
        int expectedPosts = streams.stream().mapToInt(PostStream::total).sum();
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietReadings = 0;
        PipelineReader.Progress last = null;
        while (System.nanoTime() < deadline) {
            PipelineReader.Progress now;
            try {
                now = reader.progress();
            } catch (RuntimeException e) {
                log.accept("[drills] waiting for the pipeline: " + e.getMessage());
                Pause.millis(2000);
                continue;
            }
            boolean quiet = now.lag() == 0 && now.collectorOutbox() == 0 && now.responseOutbox() == 0
                    && now.approvedNotPosted() == 0 && now.observedPosts() >= expectedPosts
                    && now.equals(last);
            // two equal quiet readings in a row: offsets are committed every few seconds, so one is not enough
            quietReadings = quiet ? quietReadings + 1 : 0;
            if (quietReadings >= 2) {
                return true;
            }
            if (!now.equals(last)) {
                log.accept("[drills] draining: " + now);
            }
            last = now;
            Pause.millis(2000);
        }
        log.accept("[drills] not drained after " + timeout.toSeconds() + " s: " + last);
        return false;
    }

    private void assessedOncePerVersion(PipelineState state, List<String> violations) {
        List<String> wrong = new ArrayList<>();
        for (PipelineState.ObservedVersion version : state.observedVersions()) {
            Set<UUID> assessments = state.assessmentsByObservedEvent().getOrDefault(version.eventId(), Set.of());
            long applied = assessments.stream().filter(state.appliedAssessments()::contains).count();
            if (assessments.size() != 1 || applied != 1) {
                wrong.add(version.postId() + " v" + version.version() + ": " + assessments.size()
                        + " assessments, " + applied + " applied");
            }
        }
        report("assessed exactly once per version", wrong, state.observedVersions().size() + " versions", violations);
    }

    private void oneDraftPerPostThatNeedsOne(PipelineState state, List<String> violations) {
        Map<String, Boolean> needs = new HashMap<>();
        for (PipelineState.ObservedVersion version : state.observedVersions()) {
            boolean any = state.assessmentsByObservedEvent().getOrDefault(version.eventId(), Set.of()).stream()
                    .filter(state.appliedAssessments()::contains)
                    .anyMatch(id -> state.assessmentNeedsDraft().getOrDefault(id, false));
            needs.merge(version.postId(), any, Boolean::logicalOr);
        }
        List<String> wrong = new ArrayList<>();
        needs.forEach((postId, needed) -> {
            int drafts = state.draftsByPost().getOrDefault(postId, List.of()).size();
            if (drafts != (needed ? 1 : 0)) {
                wrong.add(postId + (needed ? " needs a draft" : " needs none") + " and has " + drafts);
            }
        });
        report("one draft per post that needs one", wrong, needs.size() + " posts", violations);
    }

    private void noReplyWithoutApproval(PipelineState state, List<String> violations) {
        List<String> wrong = new ArrayList<>();
        for (Receiver.Delivery request : state.platformRequests()) {
            UUID draft = draftOf(request.idempotencyKey());
            if (draft == null || !state.approvedDrafts().contains(draft) || !request.idempotencyKey().equals(request.headerKey())) {
                wrong.add("platform got " + request.idempotencyKey() + " for " + request.postId() + " without an approval");
            }
        }
        for (PipelineState.DeliveryRow row : state.replyDeliveries()) {
            if (!state.approvedDrafts().contains(row.draftId())) {
                wrong.add("collector delivered " + row.idempotencyKey() + " without an approval");
            }
        }
        report("no reply without approval", wrong, "", violations);
    }

    private void noApprovalPostedTwice(PipelineState state, List<String> violations) {
        List<String> wrong = new ArrayList<>();
        Map<String, Set<String>> keysByPost = state.platformRequests().stream().collect(Collectors.groupingBy(
                Receiver.Delivery::postId, Collectors.mapping(Receiver.Delivery::idempotencyKey, Collectors.toSet())));
        keysByPost.forEach((post, keys) -> {
            if (keys.size() > 1) {
                wrong.add(post + " got " + keys.size() + " replies " + keys);
            }
        });
        Map<String, Long> rowsByPost = state.replyDeliveries().stream()
                .collect(Collectors.groupingBy(PipelineState.DeliveryRow::postId, Collectors.counting()));
        rowsByPost.forEach((post, rows) -> {
            if (rows > 1) {
                wrong.add(post + " has " + rows + " delivery rows");
            }
        });
        report("no approval posted twice", wrong, "", violations);
    }

    private void nothingStuck(PipelineState state, Map<String, Integer> pushed, List<String> violations) {
        List<String> wrong = new ArrayList<>();
        pushed.forEach((postId, expected) -> {
            Integer version = state.observedPosts().get(postId);
            if (version == null || !version.equals(expected)) {
                wrong.add(postId + " observed as " + (version == null ? "nothing" : "v" + version)
                        + ", pushed as v" + expected);
            }
        });
        if (state.totalLag() != 0) {
            wrong.add("consumer lag " + state.lag());
        }
        if (state.collectorOutboxUnpublished() + state.responseOutboxUnpublished() != 0) {
            wrong.add("outbox rows unpublished: collector " + state.collectorOutboxUnpublished() + ", response "
                    + state.responseOutboxUnpublished());
        }
        if (state.draftsWithStatus("APPROVED") != 0) {
            wrong.add(state.draftsWithStatus("APPROVED") + " approved drafts never posted");
        }
        report("nothing stuck", wrong, "", violations);
    }

    private void nothingLostToDeadLetters(PipelineState state, List<String> violations) {
        List<String> wrong = new ArrayList<>();
        state.deadLetters().forEach((topic, values) -> values.stream()
                .filter(v -> v == null || !v.contains(POISON_MARKER))
                .forEach(v -> wrong.add(topic + " holds a real event: " + abbreviate(v))));
        report("nothing lost to a dead-letter topic", wrong, "", violations);
    }

    private static UUID draftOf(String idempotencyKey) {
        if (idempotencyKey == null || !idempotencyKey.startsWith("draft-")) {
            return null;
        }
        try {
            return UUID.fromString(idempotencyKey.substring("draft-".length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // Each drill answers for what broke during it: an item an earlier drill already reported is not repeated.
    private void report(String invariant, List<String> broken, String scope, List<String> violations) {
        List<String> wrong = broken.stream().filter(item -> !reported.contains(item)).toList();
        reported.addAll(wrong);
        if (wrong.isEmpty()) {
            return;
        }
        List<String> examples = wrong.subList(0, Math.min(EXAMPLES, wrong.size()));
        violations.add(invariant + ": " + wrong.size() + " broken" + (scope.isEmpty() ? "" : " of " + scope)
                + ", e.g. " + String.join("; ", examples));
    }

    private static String abbreviate(String value) {
        return value.length() > 320 ? value.substring(0, 320) + "…" : value;
    }
}
