package io.replydesk.response.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The inbox page is public (it holds no data); everything it shows comes from the authenticated API. */
@QuarkusTest
class WebInboxTest {

    @Test
    void servesTheInboxPageAndItsScript() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<title>ReplyDesk"));
        given().get("/inbox.js").then().statusCode(200).body(containsString("api/v1/drafts"));
    }

    @Test
    void everyAnswerCarriesTheBrowserSafetyHeaders() {
        given().get("/").then()
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/drafts").then().header("X-Frame-Options", "DENY");
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedWhateverItsCredentials() {
        String id = "00000000-0000-0000-0000-000000000001";
        given().auth().preemptive().basic("admin", "admin-test").header("Origin", "https://evil.example")
                .post("/api/v1/drafts/" + id + "/approve").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("cross-site"));
        given().auth().preemptive().basic("admin", "admin-test").header("Sec-Fetch-Site", "cross-site")
                .post("/api/v1/drafts/" + id + "/approve").then().statusCode(403);
        // the inbox's own page (same origin) and API clients without an Origin get through to the API
        given().auth().preemptive().basic("admin", "admin-test")
                .header("Origin", io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port)
                .post("/api/v1/drafts/" + id + "/approve").then().statusCode(404);
        given().auth().preemptive().basic("admin", "admin-test")
                .post("/api/v1/drafts/" + id + "/approve").then().statusCode(404);
    }

    @Test
    void theDataBehindItStillNeedsALogin() {
        given().get("/api/v1/drafts").then().statusCode(401);
    }
}
