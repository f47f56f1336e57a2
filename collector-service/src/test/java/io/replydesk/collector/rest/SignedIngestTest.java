package io.replydesk.collector.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.service.WebhookSignature;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pushes signed with a webhook source's signing secret, and rotation of its secrets. */
@QuarkusTest
class SignedIngestTest {

    private static final String POST = "{\"externalId\": \"s-1\", \"author\": \"marta\", \"text\": \"Cold pizza\"}";

    private String sourceId;
    private String token;
    private String secret;

    @BeforeEach
    void webhookSource() {
        Map<String, Object> created = Api.createSource(Map.of("type", "webhook", "name", "signed"));
        sourceId = (String) created.get("id");
        token = (String) created.get("ingestToken");
        secret = (String) created.get("signingSecret");
    }

    private static RequestSpecification signed(String secret, long t, String signedBody, String sentBody) {
        String v1 = WebhookSignature.sign(secret, t, signedBody.getBytes(StandardCharsets.UTF_8));
        return given().header(WebhookSignature.HEADER, "t=" + t + ",v1=" + v1).contentType(ContentType.JSON)
                .body(sentBody.getBytes(StandardCharsets.UTF_8));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @Test
    void aSignedPushIsAccepted() {
        assertThat(secret).startsWith("rdws_").isNotEqualTo(token);
        signed(secret, now(), POST, POST).post("/api/v1/ingest/" + sourceId).then().statusCode(202)
                .body("observed", equalTo(1));
        Api.admin().get("/api/v1/posts?sourceId=" + sourceId).then().body("[0].externalId", equalTo("s-1"));
    }

    @Test
    void theSignatureCoversTheRawBytesAsSent() {
        // same JSON, different bytes: a receiver that re-serialised the body before checking would accept this
        String spaced = POST.replace(": ", ":   ");
        signed(secret, now(), spaced, spaced).post("/api/v1/ingest/" + sourceId).then().statusCode(202);
        signed(secret, now(), POST, spaced).post("/api/v1/ingest/" + sourceId).then().statusCode(401);
    }

    @Test
    void aTamperedStaleOrForeignSignatureIsRefusedLikeAnUnknownSource() {
        String other = (String) Api.createSource(Map.of("type", "webhook", "name", "other")).get("signingSecret");
        String tampered = signed(secret, now(), POST, POST.replace("Cold", "Great"))
                .post("/api/v1/ingest/" + sourceId).then().statusCode(401)
                .contentType("application/problem+json").extract().asString();

        signed(secret, now() - 301, POST, POST).post("/api/v1/ingest/" + sourceId).then().statusCode(401)
                .body(equalTo(tampered));
        signed(secret, now() + 301, POST, POST).post("/api/v1/ingest/" + sourceId).then().statusCode(401);
        signed(other, now(), POST, POST).post("/api/v1/ingest/" + sourceId).then().statusCode(401)
                .body(equalTo(tampered));
        signed(secret, now(), POST, POST).post("/api/v1/ingest/src_nosuchone").then().statusCode(401)
                .body(equalTo(tampered));
        given().header(WebhookSignature.HEADER, "v1=" + "0".repeat(64)).contentType(ContentType.JSON).body(POST)
                .post("/api/v1/ingest/" + sourceId).then().statusCode(401);
        // the token is not a signing key, nor the other way round
        signed(token, now(), POST, POST).post("/api/v1/ingest/" + sourceId).then().statusCode(401);
        given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON).body(POST)
                .post("/api/v1/ingest/" + sourceId).then().statusCode(401);
        Api.admin().get("/api/v1/posts?sourceId=" + sourceId).then().body("$", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void rotationIssuesNewSecretsOnceAndRetiresTheOldOnes() {
        Map<String, Object> rotated = Api.admin().post("/api/v1/sources/" + sourceId + "/rotate-secrets")
                .then().statusCode(200).body("id", equalTo(sourceId)).extract().jsonPath().getMap("");
        String newToken = (String) rotated.get("ingestToken");
        String newSecret = (String) rotated.get("signingSecret");
        assertThat(newToken).startsWith("rdw_").isNotEqualTo(token);
        assertThat(newSecret).startsWith("rdws_").isNotEqualTo(secret);

        signed(secret, now(), POST, POST).post("/api/v1/ingest/" + sourceId).then().statusCode(401);
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(POST)
                .post("/api/v1/ingest/" + sourceId).then().statusCode(401);
        signed(newSecret, now(), POST, POST).post("/api/v1/ingest/" + sourceId).then().statusCode(202);
        given().header("Authorization", "Bearer " + newToken).contentType(ContentType.JSON).body(POST)
                .post("/api/v1/ingest/" + sourceId).then().statusCode(202);

        String rss = (String) Api.createSource(Map.of("type", "rss", "url", "http://127.0.0.1:1/feed.xml")).get("id");
        Api.admin().post("/api/v1/sources/" + rss + "/rotate-secrets").then().statusCode(400)
                .contentType("application/problem+json");
        Api.viewer().post("/api/v1/sources/" + sourceId + "/rotate-secrets").then().statusCode(403);
    }

    @Test
    void secretsAreNeverShownAgain() {
        Api.admin().post("/api/v1/sources/" + sourceId + "/rotate-secrets").then().statusCode(200);
        String one = Api.admin().get("/api/v1/sources/" + sourceId).then().statusCode(200).extract().asString();
        String all = Api.admin().get("/api/v1/sources").then().statusCode(200).extract().asString();
        for (String body : new String[] {one, all}) {
            assertThat(body).doesNotContain("rdw_").doesNotContain("rdws_")
                    .doesNotContain("ingestToken").doesNotContain("signingSecret");
        }
        Api.admin().get("/api/v1/sources/" + sourceId).then().body("ingestUrl", not(equalTo(null)));
    }
}
