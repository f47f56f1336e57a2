package io.replydesk.response.rest;

import static io.replydesk.response.TestUsers.anonymous;
import static io.replydesk.response.TestUsers.approver;
import static io.replydesk.response.TestUsers.responder;
import static io.replydesk.response.TestUsers.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.response.Assessments;
import io.replydesk.response.Draft;
import io.replydesk.response.service.DraftIntake;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlaybookResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DraftIntake intake;

    /** A category of its own, so edits here change no other test's drafts. */
    private static String freshCategory() {
        return "T_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> edit(long version, String... variants) {
        return Map.of("variants", List.of(variants), "version", version);
    }

    @Test
    void listsEveryCellWithItsSourceAndTheDataModel() {
        viewer().get("/api/v1/playbook").then().statusCode(200)
                .body("languages.code", equalTo(List.of("en", "it", "hu")))
                .body("situations", equalTo(List.of("COMPLAINT", "UNREASONABLE", "VIRAL", "POSITIVE")))
                .body("categories", hasItem("DELAY"))
                .body("dataModel", hasKey("privateChannel"))
                .body("templates.find { it.language == 'it' && it.situation == 'COMPLAINT' && it.category == 'default' }"
                        + ".source", equalTo("file"));
        viewer().get("/api/v1/playbook/hu/VIRAL/DELAY").then().statusCode(200)
                .body("inheritedFrom", equalTo("default")).body("version", equalTo(0));
        viewer().get("/api/v1/playbook/de/COMPLAINT/default").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("de"));
        viewer().get("/api/v1/playbook/en/SHOUTING/default").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anEditedCellDraftsTheNextRepliesAndIsAudited() {
        String category = freshCategory();
        String path = "/api/v1/playbook/en/COMPLAINT/" + category;

        approver().contentType("application/json")
                .body(edit(0, "{apology} {#if rating}Your {rating} stars tell us enough. {/if}{privateChannel}"))
                .put(path).then().statusCode(200)
                .body("source", equalTo("edited")).body("version", equalTo(1)).body("inheritedFrom", nullValue());

        Draft draft = intake.accept(Assessments.withCategory(
                Assessments.negative(Assessments.newPostId(), "en", "{rating} {post.text}", 50), category)).orElseThrow();
        assertThat(draft.getText()).contains("Your 1 stars tell us enough.").doesNotContain("{", "post.text");

        viewer().get("/api/v1/audit?limit=20").then().statusCode(200)
                .body("find { it.subject == 'playbook:en/COMPLAINT/" + category + "' }.action",
                        equalTo("PLAYBOOK_EDITED"))
                .body("find { it.subject == 'playbook:en/COMPLAINT/" + category + "' }.who", equalTo("approver1"));

        approver().delete(path + "?version=1").then().statusCode(200).body("source", equalTo("file"))
                .body("inheritedFrom", equalTo("default"));
        approver().delete(path).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void refusesTemplatesThatDoNotParseOrReachOutsideTheModel() {
        String path = "/api/v1/playbook/it/COMPLAINT/" + freshCategory();
        for (String bad : List.of("{apology", "{#if rating}unclosed", "{post.text}", "{author.displayName}",
                "{#include secrets /}", "{#eval 'x' /}", "{apology.getClass}", "{config:replydesk.admin-password}",
                "   ", "{#for x in thanks}{x}{/for}")) {
            approver().contentType("application/json").body(edit(0, "{thanks}", bad)).put(path).then()
                    .statusCode(400).contentType(PROBLEM).body("detail", containsString("variant 1"));
        }
        approver().contentType("application/json").body(Map.of("variants", List.of(), "version", 0)).put(path)
                .then().statusCode(400).contentType(PROBLEM);
        approver().contentType("application/json").body(Map.of("variants", List.of("{thanks}"))).put(path)
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("version"));
        viewer().get(path).then().body("source", equalTo("file"));
    }

    @Test
    void editsNeedTheCurrentVersionAndTheRightRole() {
        String path = "/api/v1/playbook/hu/POSITIVE/" + freshCategory();
        approver().contentType("application/json").body(edit(0, "{gratitude}")).put(path).then().statusCode(200);
        approver().contentType("application/json").body(edit(0, "{gratitude} {welcomeBack}")).put(path).then()
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("version 1"));
        responder().contentType("application/json").body(edit(1, "{gratitude}")).put(path).then().statusCode(403)
                .contentType(PROBLEM);
        anonymous().contentType("application/json").body(edit(1, "{gratitude}")).put(path).then().statusCode(401);
        viewer().get(path).then().body("variants", equalTo(List.of("{gratitude}")));
    }

    @Test
    void previewRendersWithSampleData() {
        responder().contentType("application/json").body(Map.of("template", "{thanks} ({category}, {platform})"))
                .post("/api/v1/playbook/it/COMPLAINT/DELAY/preview").then().statusCode(200)
                .body("text", containsString("(DELAY, mastodon)")).body("text", containsString("Grazie"));
        responder().contentType("application/json").body(Map.of("template", "{post.text}"))
                .post("/api/v1/playbook/it/COMPLAINT/DELAY/preview").then().statusCode(400).contentType(PROBLEM);
    }
}
