package io.replydesk.collector.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The collector has no pages: other sites' scripts may not read it (no CORS), and a form another site makes a
 * browser send (urlencoded, multipart, text/plain: no preflight) is refused before anything is created.
 */
@QuarkusTest
class CrossOriginTest {

    private static final String EVIL = "https://evil.example";

    @Test
    void corsIsClosedToOtherOrigins() {
        Response preflight = given().header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").options("/api/v1/sources");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();

        Response simple = Api.admin().header("Origin", EVIL).get("/api/v1/sources");
        assertThat(simple.statusCode()).isEqualTo(200);
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void formPostsWithValidCredentialsAreRefusedAndCreateNothing() {
        int before = Api.admin().get("/api/v1/sources").then().extract().jsonPath().getList("$").size();
        String json = "{\"type\": \"rss\", \"name\": \"forged\", \"url\": \"https://example.org/feed\"}";
        Api.admin().header("Origin", EVIL).contentType("application/x-www-form-urlencoded").body("type=rss&name=forged")
                .post("/api/v1/sources").then().statusCode(415).contentType("application/problem+json");
        Api.admin().header("Origin", EVIL).contentType("text/plain").body(json)
                .post("/api/v1/sources").then().statusCode(415).contentType("application/problem+json");
        Api.admin().header("Origin", EVIL).contentType("multipart/form-data; boundary=x").body(json.getBytes())
                .post("/api/v1/sources").then().statusCode(415).contentType("application/problem+json");
        assertThat(Api.admin().get("/api/v1/sources").then().extract().jsonPath().getList("$")).hasSize(before);
    }

    @Test
    void answersCarryTheBrowserSafetyHeaders() {
        for (Response answer : List.of(Api.admin().get("/api/v1/sources"), given().get("/api/v1/sources"),
                Api.admin().get("/api/v1/sources/src_nosuchone"))) {
            assertThat(answer.header("X-Content-Type-Options")).as("on a %d", answer.statusCode()).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'")
                    .contains("frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }
}
