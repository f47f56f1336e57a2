package io.replydesk.response.rest;

import static io.replydesk.response.TestUsers.admin;
import static io.replydesk.response.TestUsers.approver;
import static io.replydesk.response.TestUsers.responder;
import static io.replydesk.response.TestUsers.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.events.Flag;
import io.replydesk.response.Assessments;
import io.replydesk.response.Draft;
import io.replydesk.response.service.DraftIntake;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's length limit on edits and the four-eyes rule (on in %test). */
@QuarkusTest
class ApprovalRulesTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DraftIntake intake;

    private Draft draftOn(String sourceType) {
        return intake.accept(Assessments.assessed(Assessments.post(Assessments.newPostId(), 1, "en", "Bad",
                sourceType, 1), "en", List.of(Flag.NEGATIVE), 50)).orElseThrow();
    }

    @Test
    void editsBeyondThePlatformsLimitAreRefused() {
        Draft draft = draftOn("tiny");
        String path = "/api/v1/drafts/" + draft.getId();
        viewer().get(path).then().body("maxLength", equalTo(120)).body("sourceType", equalTo("tiny"));

        responder().contentType("application/json").body(Map.of("text", "x".repeat(121), "version", 0)).put(path)
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("120"));
        viewer().get(path).then().body("text", equalTo(draft.getText())).body("version", equalTo(0));
        responder().contentType("application/json").body(Map.of("text", "x".repeat(120), "version", 0)).put(path)
                .then().statusCode(200).body("gloss.draftCurrent", equalTo(false));
    }

    @Test
    void mastodonCountsTheMentionInTheLimit() {
        Draft draft = draftOn("mastodon");
        String path = "/api/v1/drafts/" + draft.getId();
        int limit = 500 - "@mario.rossi ".length();
        viewer().get(path).then().body("maxLength", equalTo(limit)).body("gloss.draftCurrent", equalTo(true));
        responder().contentType("application/json").body(Map.of("text", "y".repeat(limit + 1), "version", 0))
                .put(path).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void whoeverEditedADraftCannotApproveIt() {
        Draft draft = draftOn("webhook");
        String path = "/api/v1/drafts/" + draft.getId();
        admin().contentType("application/json").body(Map.of("text", "We are sorry; please write to us.", "version", 0))
                .put(path).then().statusCode(200);

        admin().post(path + "/approve").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("four-eyes"));
        viewer().get(path).then().body("status", equalTo("PENDING"));
        approver().post(path + "/approve?version=1").then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void anUneditedDraftNeedsNoSecondPerson() {
        Draft draft = draftOn("webhook");
        admin().post("/api/v1/drafts/" + draft.getId() + "/approve").then().statusCode(200);
    }
}
