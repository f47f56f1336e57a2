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
    void theDataBehindItStillNeedsALogin() {
        given().get("/api/v1/drafts").then().statusCode(401);
    }
}
