package io.replydesk.response.rest;

import static io.replydesk.response.TestUsers.anonymous;
import static io.replydesk.response.TestUsers.approver;
import static io.replydesk.response.TestUsers.responder;
import static io.replydesk.response.TestUsers.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.events.EventCodec;
import io.replydesk.events.Events;
import io.replydesk.events.ReplyApproved;
import io.replydesk.events.Topics;
import io.replydesk.response.Assessments;
import io.replydesk.response.Draft;
import io.replydesk.response.TestDatabase;
import io.replydesk.response.TestInfra;
import io.replydesk.stack.test.TestKafka;
import io.replydesk.response.service.DraftIntake;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Approval publishes exactly one ReplyApproved; the collector's outcome closes the draft. */
@QuarkusTest
class ApprovalFlowTest {

    @Inject
    DraftIntake intake;

    @Inject
    TestDatabase db;

    private Draft newDraft() {
        return intake.accept(Assessments.negative(Assessments.newPostId(), "it", "Pessimo", 60)).orElseThrow();
    }

    private static String approve(Draft draft) {
        return "/api/v1/drafts/" + draft.getId() + "/approve";
    }

    private List<ReplyApproved> approvalsOf(Draft draft) {
        await().atMost(Duration.ofSeconds(20)).until(() -> db.unpublishedOutboxRows() == 0);
        return TestKafka.readAll(Topics.REPLIES_APPROVED).stream()
                .map(r -> EventCodec.fromJson(r.value(), ReplyApproved.class))
                .filter(e -> draft.getId().equals(e.draftId())).toList();
    }

    @Test
    void approvalPublishesOneReplyApprovedAndCannotBeRepeated() {
        Draft draft = newDraft();
        responder().contentType("application/json").body(Map.of("text", "Ci scusiamo, scriveteci.", "version", 0))
                .put("/api/v1/drafts/" + draft.getId()).then().statusCode(200);

        approver().post(approve(draft)).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo("approver1"))
                .body("approvedAt", notNullValue());
        approver().post(approve(draft)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("APPROVED"));

        List<ReplyApproved> approvals = approvalsOf(draft);
        assertThat(approvals).singleElement().satisfies(e -> {
            assertThat(e.postId()).isEqualTo(draft.getPostId());
            assertThat(e.text()).isEqualTo("Ci scusiamo, scriveteci.");
            assertThat(e.idempotencyKey()).isEqualTo("draft-" + draft.getId());
            assertThat(e.approvedBy()).isEqualTo("approver1");
            assertThat(e.language()).isEqualTo("it");
            assertThat(e.sourceId()).isEqualTo(draft.getSourceId());
            assertThat(e.externalId()).isEqualTo(draft.getExternalId());
        });
        assertThat(TestKafka.readAll(Topics.REPLIES_APPROVED)).filteredOn(r -> r.value().contains(
                draft.getId().toString())).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo(draft.getPostId()));
    }

    @Test
    void onlyApproversApprove() {
        Draft draft = newDraft();

        anonymous().post(approve(draft)).then().statusCode(401).contentType("application/problem+json");
        viewer().post(approve(draft)).then().statusCode(403).contentType("application/problem+json");
        responder().post(approve(draft)).then().statusCode(403);

        viewer().get("/api/v1/drafts/" + draft.getId()).then().body("status", equalTo("PENDING"));
        assertThat(approvalsOf(draft)).isEmpty();
    }

    @Test
    void approvalOfAVersionTheApproverDidNotSeeFails() {
        Draft draft = newDraft();
        responder().contentType("application/json").body(Map.of("text", "changed", "version", 0))
                .put("/api/v1/drafts/" + draft.getId()).then().statusCode(200);

        approver().post(approve(draft) + "?version=0").then().statusCode(409);
        approver().post(approve(draft) + "?version=x").then().statusCode(400);
        approver().post(approve(draft) + "?version=1").then().statusCode(200).body("text", equalTo("changed"));
    }

    @Test
    void postedOutcomeMarksTheDraftPosted() {
        Draft draft = newDraft();
        approver().post(approve(draft)).then().statusCode(200);
        ReplyApproved approved = approvalsOf(draft).get(0);

        String posted = EventCodec.toJson(Events.posted(approved, "mastodon-123", "https://example.test/r/123"));
        TestKafka.awaitConsumed(TestInfra.CONSUMER_GROUP, TestKafka.send(Topics.REPLIES_POSTED, draft.getPostId(), posted));
        // a redelivery changes nothing and is not an error
        TestKafka.awaitConsumed(TestInfra.CONSUMER_GROUP, TestKafka.send(Topics.REPLIES_POSTED, draft.getPostId(), posted));

        viewer().get("/api/v1/drafts/" + draft.getId()).then().statusCode(200)
                .body("status", equalTo("POSTED")).body("platformReplyId", equalTo("mastodon-123"))
                .body("postedAt", notNullValue());
        // a posted draft stays as it is: no second approval, no edit, no rejection
        approver().post(approve(draft)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("POSTED"));
        responder().contentType("application/json").body(Map.of("text", "late edit", "version", 2))
                .put("/api/v1/drafts/" + draft.getId()).then().statusCode(409);
        approver().contentType("application/json").body(Map.of("reason", "too late"))
                .post("/api/v1/drafts/" + draft.getId() + "/reject").then().statusCode(409);
        assertThat(approvalsOf(draft)).hasSize(1);
        viewer().get("/api/v1/audit?draftId=" + draft.getId()).then().statusCode(200)
                .body("action", equalTo(List.of("POSTED", "APPROVED", "CREATED")))
                .body("[0].who", equalTo("system")).body("[0].after.status", equalTo("POSTED"));
    }

    @Test
    void failedOutcomeMarksTheDraftFailed() {
        Draft draft = newDraft();
        approver().post(approve(draft)).then().statusCode(200);
        ReplyApproved approved = approvalsOf(draft).get(0);

        TestKafka.awaitConsumed(TestInfra.CONSUMER_GROUP, TestKafka.send(Topics.REPLIES_POSTED, draft.getPostId(),
                EventCodec.toJson(Events.failed(approved, "401 from platform", false))));

        viewer().get("/api/v1/drafts/" + draft.getId()).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("failureReason", equalTo("401 from platform"));
    }

    @Test
    void outcomeForAnUnknownDraftIsSkippedAndPoisonIsDeadLettered() {
        Draft draft = newDraft();
        approver().post(approve(draft)).then().statusCode(200);
        ReplyApproved approved = approvalsOf(draft).get(0);
        ReplyApproved stranger = Events.approved(UUID.randomUUID(), draft.getPostId(), "s", "e", "t", "en", "x");
        String unknown = EventCodec.toJson(Events.posted(stranger, "r-0", null));
        String poison = "{\"type\": \"ReplyPosted\", \"draftId\": 42, \"n\": " + System.nanoTime() + "}";

        TestKafka.send(Topics.REPLIES_POSTED, draft.getPostId(), unknown);
        TestKafka.send(Topics.REPLIES_POSTED, draft.getPostId(), poison);
        TestKafka.awaitConsumed(TestInfra.CONSUMER_GROUP, TestKafka.send(Topics.REPLIES_POSTED, draft.getPostId(),
                EventCodec.toJson(Events.posted(approved, "r-1", null))));

        viewer().get("/api/v1/drafts/" + draft.getId()).then().body("status", equalTo("POSTED"));
        List<String> dead = TestKafka.readAll(Topics.deadLetter(Topics.REPLIES_POSTED)).stream()
                .map(r -> r.value()).toList();
        assertThat(dead).contains(poison).doesNotContain(unknown);
    }
}
