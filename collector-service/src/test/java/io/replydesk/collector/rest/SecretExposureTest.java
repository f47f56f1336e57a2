package io.replydesk.collector.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets leave the API once, at creation of a webhook source, and never again; errors never echo them. */
@QuarkusTest
class SecretExposureTest {

    /** The token behind the %test credential test-mastodon. */
    private static final String MASTODON_TOKEN = "rd-test-token-7d1f";

    @Test
    void theIngestTokenIsShownOnceAtCreationOnly() {
        Map<String, Object> created = Api.createSource(Map.of("type", "webhook", "name", "secret-once"));
        String token = (String) created.get("ingestToken");
        String id = (String) created.get("id");
        assertThat(token).startsWith("rdw_");

        assertThat(Api.admin().get("/api/v1/sources/" + id).then().statusCode(200).extract().asString())
                .doesNotContain(token).doesNotContain("ingestToken");
        assertThat(Api.viewer().get("/api/v1/sources").then().statusCode(200).extract().asString())
                .doesNotContain(token);
        assertThat(Api.admin().contentType(ContentType.JSON).body(Map.of("name", "renamed"))
                .patch("/api/v1/sources/" + id).then().statusCode(200).extract().asString()).doesNotContain(token);
    }

    @Test
    void credentialsAppearByNameNeverByValue() {
        Map<String, Object> created = Api.createSource(Map.of("type", "mastodon", "name", "by-name",
                "baseUrl", "https://mastodon.example", "hashtag", "pizza", "credential", "test-mastodon"));
        assertThat(created.get("credential")).isEqualTo("test-mastodon");
        assertThat(created.toString()).doesNotContain(MASTODON_TOKEN);
        assertThat(Api.admin().get("/api/v1/sources").then().extract().asString()).doesNotContain(MASTODON_TOKEN);
    }

    @Test
    void refusalsNeverEchoTheCredentialsTheyWereSent() {
        String password = "Sup3r-Secret-Guess";
        String wrongLogin = given().auth().preemptive().basic("admin", password).get("/api/v1/sources").then()
                .statusCode(401).extract().asString();
        assertThat(wrongLogin).doesNotContain(password);

        String bearer = "rdw_" + "leaked-bearer-value";
        String refusedPush = given().header("Authorization", "Bearer " + bearer).contentType(ContentType.JSON)
                .body("{\"externalId\": \"1\", \"text\": \"t\"}").post("/api/v1/ingest/src_nosuchone").then()
                .extract().asString();
        assertThat(refusedPush).doesNotContain(bearer);

        String badRequest = Api.admin().contentType(ContentType.JSON)
                .body(Map.of("type", "rss", "name", "x", "url", "http://user:" + password + "@example.org/feed"))
                .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json")
                .extract().asString();
        assertThat(badRequest).doesNotContain(password);
    }
}
