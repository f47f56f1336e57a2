package io.replydesk.response.web;

import static io.replydesk.response.TestUsers.approver;
import static io.replydesk.response.TestUsers.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.response.Assessments;
import io.replydesk.response.Draft;
import io.replydesk.response.service.DraftIntake;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CSRF: a page of another site can make the browser send a write, with whatever credentials the browser holds.
 * Such writes are refused and change nothing; the inbox's own calls go through; and the browser is never given
 * a Basic challenge, so it never holds the password in the first place.
 */
@QuarkusTest
class CrossSiteRequestTest {

    @Inject
    DraftIntake intake;

    private Draft newDraft() {
        return intake.accept(Assessments.negative(Assessments.newPostId(), "en", "Awful", 60)).orElseThrow();
    }

    private static String ownOrigin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static void assertUnchanged(Draft draft) {
        viewer().get("/api/v1/drafts/" + draft.getId()).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("text", equalTo(draft.getText()));
        List<String> actions = viewer().get("/api/v1/audit?draftId=" + draft.getId()).then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertThat(actions).doesNotContain("APPROVED", "REJECTED", "EDITED");
    }

    @Test
    void crossSiteWritesWithValidCredentialsAreRefusedAndChangeNothing() {
        Draft draft = newDraft();
        String approve = "/api/v1/drafts/" + draft.getId() + "/approve";
        for (RequestSpecification forged : List.of(
                approver().header("Origin", "https://evil.example"),
                approver().header("Sec-Fetch-Site", "cross-site"),
                approver().header("Origin", "null"),
                approver().header("Origin", "http://localhost.evil.example"),
                approver().header("Origin", ownOrigin()).header("Host", "evil.example"))) {
            forged.post(approve).then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("cross-site"));
        }
        approver().header("Origin", "https://evil.example").contentType("application/json")
                .body(Map.of("reason", "forged")).post("/api/v1/drafts/" + draft.getId() + "/reject")
                .then().statusCode(403);
        approver().header("Origin", "https://evil.example").contentType("application/json")
                .body(Map.of("text", "forged", "version", 0)).put("/api/v1/drafts/" + draft.getId())
                .then().statusCode(403);
        assertUnchanged(draft);
    }

    @Test
    void formPostsAreRefusedEvenWithoutAnOrigin() {
        Draft draft = newDraft();
        String approve = "/api/v1/drafts/" + draft.getId() + "/approve";
        // what <form method=post> (urlencoded, multipart, text/plain) makes a browser send, here as an old
        // browser would, without Origin or Sec-Fetch-Site: a navigation that accepts HTML
        String navigation = "text/html,application/xhtml+xml,*/*;q=0.8";
        approver().accept(navigation).contentType("application/x-www-form-urlencoded").body("a=b").post(approve)
                .then().statusCode(415).contentType("application/problem+json").body("detail", containsString("form"));
        approver().accept(navigation).contentType("multipart/form-data; boundary=x").body("--x--".getBytes())
                .post(approve).then().statusCode(415);
        approver().accept(navigation).contentType("text/plain; charset=UTF-8").body("{\"reason\":\"x\"}")
                .post("/api/v1/drafts/" + draft.getId() + "/reject").then().statusCode(415);
        // a no-cors fetch of a modern browser says so in Sec-Fetch-Mode
        approver().header("Sec-Fetch-Mode", "no-cors").contentType("text/plain").body("{}").post(approve).then()
                .statusCode(415);
        assertUnchanged(draft);
    }

    @Test
    void theInboxOwnWritesGoThrough() throws Exception {
        Draft draft = newDraft();
        // exactly what inbox.js sends for "Approve": a bodiless POST from our own origin
        HttpRequest request = HttpRequest.newBuilder(URI.create(ownOrigin() + "/api/v1/drafts/" + draft.getId()
                        + "/approve"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Origin", ownOrigin()).header("Sec-Fetch-Site", "same-origin").header("Sec-Fetch-Mode", "cors")
                .header("Accept", "application/json").header(BrowserRequests.MARKER, "ReplyDesk")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "approver1:approver1-test".getBytes(StandardCharsets.UTF_8)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"APPROVED\"");
    }

    @Test
    void browsersAreNeverAskedForBasicCredentials() {
        // API clients (curl, scripts) get the standard challenge
        RestAssured.given().get("/api/v1/drafts").then().statusCode(401)
                .header("WWW-Authenticate", containsStringIgnoringCase("basic realm="));
        // a navigation, the inbox's fetch, any fetch a modern browser makes: no challenge, so no prompt and no
        // password the browser could attach to a forged request later
        for (RequestSpecification browser : List.of(
                RestAssured.given().accept("text/html,application/xhtml+xml,*/*;q=0.8"),
                RestAssured.given().header(BrowserRequests.MARKER, "ReplyDesk").accept("application/json"),
                RestAssured.given().header("Sec-Fetch-Mode", "no-cors").header("Sec-Fetch-Dest", "image"),
                RestAssured.given().auth().preemptive().basic("admin", "wrong").header("Sec-Fetch-Mode", "cors"))) {
            String challenge = browser.get("/api/v1/drafts").then().statusCode(401)
                    .contentType("application/problem+json").extract().header("WWW-Authenticate");
            assertThat(challenge).isNull();
        }
    }
}
