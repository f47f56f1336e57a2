package io.replydesk.response.rest;

import static io.replydesk.response.TestUsers.admin;
import static io.replydesk.response.TestUsers.anonymous;
import static io.replydesk.response.TestUsers.approver;
import static io.replydesk.response.TestUsers.responder;
import static io.replydesk.response.TestUsers.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.response.Assessments;
import io.replydesk.response.Draft;
import io.replydesk.response.service.DraftIntake;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DraftResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DraftIntake intake;

    private Draft newDraft(int priority) {
        return intake.accept(Assessments.negative(Assessments.newPostId(), "it", "Pessimo servizio", priority))
                .orElseThrow();
    }

    private static Map<String, Object> edit(String text, long version) {
        return Map.of("text", text, "version", version);
    }

    @Test
    void listsHighestPriorityFirstThenOldest() {
        Draft low = newDraft(11);
        Draft high = newDraft(93);
        Draft middle = newDraft(52);
        Draft middleLater = newDraft(52);

        JsonPath page = viewer().get("/api/v1/drafts?status=PENDING&limit=1000").then().statusCode(200)
                .extract().jsonPath();

        List<String> ids = page.getList("id");
        List<String> mine = ids.stream().filter(List.of(low, high, middle, middleLater).stream()
                .map(d -> d.getId().toString()).toList()::contains).toList();
        assertThat(mine).containsExactly(high.getId().toString(), middle.getId().toString(),
                middleLater.getId().toString(), low.getId().toString());
        assertThat(page.getList("status", String.class)).containsOnly("PENDING");
        List<Integer> priorities = page.getList("priority", Integer.class);
        assertThat(priorities).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void showsTheDraftWithItsPost() {
        Draft draft = newDraft(30);

        viewer().get("/api/v1/drafts/" + draft.getId()).then().statusCode(200)
                .body("id", equalTo(draft.getId().toString()))
                .body("postId", equalTo(draft.getPostId()))
                .body("status", equalTo("PENDING"))
                .body("language", equalTo("it"))
                .body("text", equalTo(draft.getText()))
                .body("version", equalTo(0))
                .body("post.text", equalTo("Pessimo servizio"))
                .body("post.author.displayName", equalTo("Mario Rossi"))
                .body("post.rating", equalTo(1))
                .body("post.url", containsString("https://example.test/"))
                .body("flags", hasItems("NEGATIVE"))
                .body("reasons[0].code", equalTo("TEST_NEGATIVE"))
                .body("category", equalTo("PRODUCT_QUALITY"))
                .body("priority", equalTo(30))
                .body("sentiment.label", equalTo("NEGATIVE"));
    }

    @Test
    void limitsTheList() {
        newDraft(20);
        newDraft(21);
        assertThat(viewer().get("/api/v1/drafts?limit=1").then().statusCode(200).extract().jsonPath()
                .getList("id")).hasSize(1);
        for (String bad : List.of("limit=0", "limit=1001", "limit=abc", "status=SENT", "limit=-5")) {
            viewer().get("/api/v1/drafts?" + bad).then().statusCode(400).contentType(PROBLEM)
                    .body("status", equalTo(400)).body("detail", containsString(bad.substring(0, bad.indexOf('='))));
        }
    }

    @Test
    void unknownDraftIsNotFound() {
        viewer().get("/api/v1/drafts/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("no draft"));
        viewer().get("/api/v1/drafts/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        approver().post("/api/v1/drafts/" + UUID.randomUUID() + "/approve").then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void responderEditsWithTheCurrentVersion() {
        Draft draft = newDraft(40);

        responder().contentType("application/json").body(edit("Ci scusiamo davvero.", 0))
                .put("/api/v1/drafts/" + draft.getId()).then().statusCode(200)
                .body("text", equalTo("Ci scusiamo davvero.")).body("version", equalTo(1));

        responder().contentType("application/json").body(edit("Un'altra versione", 0))
                .put("/api/v1/drafts/" + draft.getId()).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("version 1"));
        viewer().get("/api/v1/drafts/" + draft.getId()).then().body("text", equalTo("Ci scusiamo davvero."));
    }

    @Test
    void editRefusesBadInput() {
        Draft draft = newDraft(40);
        String path = "/api/v1/drafts/" + draft.getId();

        responder().contentType("application/json").body("{\"text\": \"unterminated")
                .put(path).then().statusCode(400).contentType(PROBLEM).body("detail", containsString("JSON"));
        responder().contentType("application/json").body("{\"version\": 0}")
                .put(path).then().statusCode(400).contentType(PROBLEM).body("detail", containsString("text"));
        responder().contentType("application/json").body("{\"text\": \"   \", \"version\": 0}")
                .put(path).then().statusCode(400).contentType(PROBLEM).body("detail", containsString("text"));
        responder().contentType("application/json").body("{\"text\": \"fine\"}")
                .put(path).then().statusCode(400).contentType(PROBLEM).body("detail", containsString("version"));
        responder().contentType("application/json").body("{\"text\": \"fine\", \"version\": \"x\"}")
                .put(path).then().statusCode(400).contentType(PROBLEM);
        responder().contentType("application/json").body(edit("x".repeat(20_001), 0))
                .put(path).then().statusCode(400).contentType(PROBLEM).body("detail", containsString("20000"));
        responder().contentType("application/json").put(path).then().statusCode(400).contentType(PROBLEM);
        responder().contentType("text/plain").body("new text")
                .put(path).then().statusCode(415).contentType(PROBLEM);

        viewer().get(path).then().body("text", equalTo(draft.getText())).body("version", equalTo(0));
        responder().contentType("application/json").body(edit("x".repeat(20_000), 0))
                .put(path).then().statusCode(200);
    }

    @Test
    void rolesGuardWrites() {
        Draft draft = newDraft(40);
        String path = "/api/v1/drafts/" + draft.getId();

        anonymous().get(path).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsStringIgnoringCase("basic realm=\"ReplyDesk\""));
        io.replydesk.response.TestUsers.as("admin", "wrong").get(path).then().statusCode(401).contentType(PROBLEM);
        viewer().contentType("application/json").body(edit("mine now", 0)).put(path).then().statusCode(403)
                .contentType(PROBLEM);
        anonymous().contentType("application/json").body(edit("mine now", 0)).put(path).then().statusCode(401);
        responder().contentType("application/json").body(Map.of("reason", "no")).post(path + "/reject").then()
                .statusCode(403).contentType(PROBLEM);
        admin().get(path).then().statusCode(200).body("text", equalTo(draft.getText()));
    }

    @Test
    void approverRejectsWithAReasonOnce() {
        Draft draft = newDraft(40);
        String path = "/api/v1/drafts/" + draft.getId() + "/reject";

        approver().contentType("application/json").body("{}").post(path).then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("reason"));
        approver().contentType("application/json").body(Map.of("reason", "spam account")).post(path).then()
                .statusCode(200).body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("spam account"))
                .body("rejectedBy", equalTo("approver1"));
        approver().contentType("application/json").body(Map.of("reason", "again")).post(path).then()
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("REJECTED"));
        approver().post("/api/v1/drafts/" + draft.getId() + "/approve").then().statusCode(409);
    }
}
