package io.replydesk.drills.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.drills.harness.Receiver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The judgement on hand-made pipeline states: a healthy one passes, each kind of damage is named. */
class InvariantCheckerTest {

    private final InvariantChecker checker = new InvariantChecker(null, line -> { });

    /** A post "s:p-0" observed once, assessed once as a complaint, drafted, approved and replied to once. */
    private static final class World {
        final UUID observed = UUID.randomUUID();
        final UUID assessed = UUID.randomUUID();
        final UUID draft = UUID.randomUUID();
        final Map<String, Integer> observedPosts = new HashMap<>(Map.of("s:p-0", 1));
        final List<PipelineState.ObservedVersion> versions = new ArrayList<>(
                List.of(new PipelineState.ObservedVersion(observed, "s:p-0", 1)));
        final Map<UUID, Set<UUID>> assessments = new HashMap<>(Map.of(observed, new HashSet<>(Set.of(assessed))));
        final Map<UUID, Boolean> needsDraft = new HashMap<>(Map.of(assessed, true));
        final Set<UUID> applied = new HashSet<>(Set.of(assessed));
        final Map<String, List<PipelineState.DraftRow>> drafts = new HashMap<>(
                Map.of("s:p-0", new ArrayList<>(List.of(new PipelineState.DraftRow(draft, "POSTED")))));
        final Set<UUID> approved = new HashSet<>(Set.of(draft));
        final List<PipelineState.DeliveryRow> deliveries = new ArrayList<>(
                List.of(new PipelineState.DeliveryRow("draft-" + draft, draft, "s:p-0", "POSTED")));
        final List<Receiver.Delivery> requests = new ArrayList<>(
                List.of(new Receiver.Delivery("s:p-0", "draft-" + draft, "draft-" + draft, "Sorry")));
        final Map<String, Long> lag = new HashMap<>(Map.of("sentiment", 0L, "response", 0L, "collector", 0L));
        final Map<String, List<String>> deadLetters = new HashMap<>(Map.of("posts.observed.dlq", new ArrayList<>()));

        PipelineState state() {
            return new PipelineState(observedPosts, versions, assessments, needsDraft, applied, drafts, approved,
                    deliveries, requests, 0, 0, lag, deadLetters);
        }
    }

    private List<String> judge(World world) {
        return checker.judge(world.state(), Map.of("s:p-0", 1));
    }

    @Test
    void aHealthyPipelinePasses() {
        assertThat(judge(new World())).isEmpty();
    }

    @Test
    void aSecondAssessmentOfOneVersionIsCaught() {
        World world = new World();
        UUID second = UUID.randomUUID();
        world.assessments.get(world.observed).add(second);
        world.applied.add(second);

        assertThat(judge(world)).singleElement().asString()
                .startsWith("assessed exactly once per version: 1 broken").contains("s:p-0 v1: 2 assessments, 2 applied");
    }

    @Test
    void aLostAssessmentAndAMissingDraftAreCaught() {
        World world = new World();
        world.applied.clear();
        world.drafts.clear();
        world.requests.clear();
        world.deliveries.clear();

        assertThat(judge(world)).hasSize(1).first().asString().contains("0 applied");
        World undrafted = new World();
        undrafted.drafts.clear();
        assertThat(judge(undrafted)).anyMatch(v -> v.contains("s:p-0 needs a draft and has 0"));
    }

    @Test
    void aReplyWithoutApprovalIsCaught() {
        World world = new World();
        world.approved.clear();

        assertThat(judge(world)).singleElement().asString().startsWith("no reply without approval: 2 broken");
    }

    @Test
    void twoRepliesToOnePostAreCaughtButARetryWithTheSameKeyIsNot() {
        World retried = new World();
        retried.requests.add(retried.requests.get(0));
        assertThat(judge(retried)).isEmpty();

        World doubled = new World();
        UUID other = UUID.randomUUID();
        doubled.approved.add(other);
        doubled.requests.add(new Receiver.Delivery("s:p-0", "draft-" + other, "draft-" + other, "Sorry again"));
        assertThat(judge(doubled)).singleElement().asString().startsWith("no approval posted twice");
    }

    @Test
    void lagAnUnpostedApprovalAndALostPostCountAsStuck() {
        World world = new World();
        world.lag.put("response", 3L);
        world.drafts.put("s:p-0", List.of(new PipelineState.DraftRow(world.draft, "APPROVED")));
        world.observedPosts.clear();

        assertThat(judge(world)).singleElement().asString().startsWith("nothing stuck: 3 broken")
                .contains("s:p-0 observed as nothing");
    }

    @Test
    void aRealEventOnADeadLetterTopicIsCaughtAndADrillsPoisonIsNot() {
        World world = new World();
        world.deadLetters.get("posts.observed.dlq").add("{\"eventId\": \"" + InvariantChecker.POISON_MARKER + "\"}");
        assertThat(judge(world)).isEmpty();

        World lost = new World();
        lost.deadLetters.get("posts.observed.dlq").add("{\"type\": \"PostObserved\"}");
        assertThat(judge(lost)).singleElement().asString().startsWith("nothing lost to a dead-letter topic");
    }

    @Test
    void eachBrokenItemIsReportedByTheFirstCheckThatFindsIt() {
        World world = new World();
        world.approved.clear();

        assertThat(judge(world)).hasSize(1);
        assertThat(judge(world)).isEmpty();
    }
}
