package io.replydesk.response.rest;

import static io.replydesk.response.TestUsers.anonymous;
import static io.replydesk.response.TestUsers.approver;
import static io.replydesk.response.TestUsers.responder;
import static io.replydesk.response.TestUsers.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.response.Assessments;
import io.replydesk.response.Draft;
import io.replydesk.response.service.DraftIntake;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

    @Inject
    DraftIntake intake;

    @Test
    void recordsEveryChangeWithWhoAndBeforeAfter() {
        Draft draft = intake.accept(Assessments.negative(Assessments.newPostId(), "en", "Bad", 10)).orElseThrow();
        String original = draft.getText();
        responder().contentType("application/json").body(Map.of("text", "We are sorry.", "version", 0))
                .put("/api/v1/drafts/" + draft.getId()).then().statusCode(200);
        approver().contentType("application/json").body(Map.of("reason", "duplicate complaint"))
                .post("/api/v1/drafts/" + draft.getId() + "/reject").then().statusCode(200);

        viewer().get("/api/v1/audit?draftId=" + draft.getId()).then().statusCode(200)
                .body("$", hasSize(3))
                .body("action", equalTo(List.of("REJECTED", "EDITED", "CREATED")))
                .body("who", equalTo(List.of("approver1", "responder1", "system")))
                .body("draftId", equalTo(List.of(draft.getId().toString(), draft.getId().toString(),
                        draft.getId().toString())))
                .body("[0].before.status", equalTo("PENDING")).body("[0].after.status", equalTo("REJECTED"))
                .body("[0].detail", equalTo("duplicate complaint"))
                .body("[1].before.text", equalTo(original)).body("[1].after.text", equalTo("We are sorry."))
                .body("[2].before", nullValue()).body("[2].after.status", equalTo("PENDING"))
                .body("[2].when", notNullValue());
    }

    @Test
    void exportsTheTrailAsCsvWithQuotingAndDefusedFormulas() {
        Instant start = Instant.now().minusSeconds(1);
        Draft draft = intake.accept(Assessments.negative(Assessments.newPostId(), "en", "Bad", 10)).orElseThrow();
        String tricky = "=HYPERLINK(\"http://evil\"), then\na new line";
        responder().contentType("application/json").body(Map.of("text", tricky, "version", 0))
                .put("/api/v1/drafts/" + draft.getId()).then().statusCode(200);

        String csv = approver().get("/api/v1/audit/export?format=csv&from=" + start).then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("attachment"))
                .extract().asString();

        assertThat(csv).startsWith("id,when,who,action,subject,draftId,postId,statusBefore,statusAfter,textBefore,"
                + "textAfter,detail\r\n");
        assertThat(csv).contains(",responder1,EDITED,draft:" + draft.getId() + "," + draft.getId() + ",")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\"), then\na new line\"");
        assertThat(csv.lines().filter(l -> l.contains("CREATED,draft:" + draft.getId()))).hasSize(1);
    }

    @Test
    void exportsTheTrailAsJsonForApproversOnly() {
        Instant start = Instant.now().minusSeconds(1);
        Draft draft = intake.accept(Assessments.negative(Assessments.newPostId(), "en", "Bad", 10)).orElseThrow();

        List<Map<String, Object>> entries = approver().get("/api/v1/audit/export?from=" + start).then()
                .statusCode(200).contentType(containsString("application/json")).extract().jsonPath().getList("$");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e).containsEntry("draftId", draft.getId().toString()).containsEntry("action", "CREATED");
            assertThat(e.get("when")).asString().matches("\\d{4}-.*Z");
        });
        assertThat(approver().get("/api/v1/audit/export?to=" + start).then().statusCode(200).extract().jsonPath()
                .getList("draftId")).doesNotContain(draft.getId().toString());

        viewer().get("/api/v1/audit/export").then().statusCode(403).contentType("application/problem+json");
        approver().get("/api/v1/audit/export?format=xml").then().statusCode(400)
                .contentType("application/problem+json");
        approver().get("/api/v1/audit/export?from=yesterday").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void listsTheLatestEntriesForAnyReader() {
        intake.accept(Assessments.negative(Assessments.newPostId(), "en", "Bad", 10)).orElseThrow();

        viewer().get("/api/v1/audit?limit=1").then().statusCode(200).body("$", hasSize(1));
        viewer().get("/api/v1/audit?draftId=nope").then().statusCode(400)
                .contentType("application/problem+json");
        viewer().get("/api/v1/audit?limit=5000").then().statusCode(400);
        anonymous().get("/api/v1/audit").then().statusCode(401);
    }
}
