package io.replydesk.collector.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.stack.test.TestKafka;
import io.replydesk.events.EventCodec;
import io.replydesk.events.PostObserved;
import io.replydesk.events.Topics;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IngestResourceTest {

    private String sourceId;
    private String token;

    @BeforeEach
    void webhookSource() {
        Map<String, Object> created = Api.createSource(Map.of("type", "webhook", "name", "push"));
        sourceId = (String) created.get("id");
        token = (String) created.get("ingestToken");
    }

    private io.restassured.specification.RequestSpecification withToken() {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private List<PostObserved> observed(String postId, int min) {
        return TestKafka.await(Topics.POSTS_OBSERVED, r -> postId.equals(r.key()), min, Duration.ofSeconds(20))
                .stream().map(r -> EventCodec.fromJson(r.value(), PostObserved.class)).toList();
    }

    @Test
    void publishesEachNewPostOnceAndEngagementChangesAsNewVersions() {
        String post = "{\"externalId\": \"r-1\", \"author\": \"giulia\", \"text\": \"Servizio pessimo, un'ora di attesa\","
                + " \"rating\": 1, \"ratingScale\": 5, \"createdAt\": \"2026-11-20T09:00:00Z\", \"url\": \"https://x/r-1\"}";

        withToken().body(post).post("/api/v1/ingest/" + sourceId).then().statusCode(202)
                .body("observed", equalTo(1));
        withToken().body(post).post("/api/v1/ingest/" + sourceId).then().statusCode(202)
                .body("observed", equalTo(0)).body("unchanged", equalTo(1));

        List<PostObserved> events = observed(sourceId + ":r-1", 1);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.text()).isEqualTo("Servizio pessimo, un'ora di attesa");
            assertThat(e.rating()).isEqualTo(1);
            assertThat(e.sourceType()).isEqualTo("webhook");
            assertThat(e.author().handle()).isEqualTo("giulia");
        });

        withToken().body(post.replace("}", ", \"likes\": 40, \"shares\": 7}"))
                .post("/api/v1/ingest/" + sourceId).then().statusCode(202).body("updated", equalTo(1));
        assertThat(observed(sourceId + ":r-1", 2)).extracting(PostObserved::version).containsExactly(1, 2);
        Api.admin().get("/api/v1/posts?sourceId=" + sourceId).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].engagement.likes", equalTo(40))
                .body("[0].text", equalTo("Servizio pessimo, un'ora di attesa"));
    }

    @Test
    void versionsOfAPostReachTheTopicInTheOrderTheyWereTakenAcrossRelayBatches() {
        // more versions than one relay batch (100 rows), pushed one by one while the relay is sending
        String post = "{\"externalId\": \"burst-1\", \"author\": \"anna\", \"text\": \"Still waiting for my order\","
                + " \"likes\": %d}";
        for (int likes = 1; likes <= 250; likes++) {
            withToken().body(post.formatted(likes)).post("/api/v1/ingest/" + sourceId).then().statusCode(202);
        }
        List<PostObserved> events = observed(sourceId + ":burst-1", 250);
        assertThat(events).extracting(PostObserved::version)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 250).boxed().toList());
        assertThat(events).extracting(e -> e.engagement().likes())
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 250).boxed().toList());
    }

    @Test
    void takesArraysWholeOrNotAtAll() {
        String batch = "[{\"externalId\": \"a-1\", \"text\": \"fine\"},"
                + " {\"externalId\": \"a-2\", \"text\": \"\"}]";

        withToken().body(batch).post("/api/v1/ingest/" + sourceId).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("posts[1].text is required"));
        Api.admin().get("/api/v1/posts?sourceId=" + sourceId).then().body("$", hasSize(0));

        withToken().body(batch.replace("\"\"", "\"also fine\"")).post("/api/v1/ingest/" + sourceId)
                .then().statusCode(202).body("observed", equalTo(2));
    }

    @Test
    void refusesBadInputWithProblemDetails() {
        withToken().body("{not json").post("/api/v1/ingest/" + sourceId).then().statusCode(400)
                .contentType("application/problem+json");
        withToken().body("{\"externalId\": \"x\"}").post("/api/v1/ingest/" + sourceId).then().statusCode(400)
                .body("detail", containsString("text is required"));
        withToken().body("{\"externalId\": \"x\", \"text\": \"" + "a".repeat(20_001) + "\"}")
                .post("/api/v1/ingest/" + sourceId).then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("20000"));
        withToken().body("{\"externalId\": \"x\", \"text\": \"t\", \"rating\": \"five\"}")
                .post("/api/v1/ingest/" + sourceId).then().statusCode(400).body("detail", containsString("wrong type"));
        withToken().body("42").post("/api/v1/ingest/" + sourceId).then().statusCode(400);
        withToken().body("[]").post("/api/v1/ingest/" + sourceId).then().statusCode(400);
        given().header("Authorization", "Bearer " + token).contentType(ContentType.TEXT).body("hello")
                .post("/api/v1/ingest/" + sourceId).then().statusCode(415).contentType("application/problem+json");
        Api.admin().contentType(ContentType.JSON).body("{\"externalId\": \"x\", \"text\": \"t\"}")
                .post("/api/v1/ingest/src_nosuchone").then().statusCode(404)
                .body("detail", containsString("src_nosuchone"));
        Api.admin().get("/api/v1/posts?sourceId=" + sourceId).then().body("$", hasSize(0));
    }

    @Test
    void acceptsTheSourceTokenOrAnIngestUserOnly() {
        String post = "{\"externalId\": \"t-1\", \"text\": \"hello\"}";
        given().contentType(ContentType.JSON).body(post).post("/api/v1/ingest/" + sourceId).then().statusCode(401);
        String wrongToken = given().header("Authorization", "Bearer rdw_wrong").contentType(ContentType.JSON)
                .body(post).post("/api/v1/ingest/" + sourceId).then().statusCode(401)
                .contentType("application/problem+json").extract().asString();
        // a token for an id that does not exist gets the very same answer: ids cannot be probed with a token
        withToken().body(post).post("/api/v1/ingest/src_nosuchone").then().statusCode(401)
                .body(equalTo(wrongToken));
        Api.viewer().contentType(ContentType.JSON).body(post).post("/api/v1/ingest/" + sourceId)
                .then().statusCode(403);
        Api.admin().contentType(ContentType.JSON).body(post).post("/api/v1/ingest/" + sourceId)
                .then().statusCode(202);
    }

    @Test
    void aDisabledWebhookRefusesPushesUntilEnabledAgainAndStoresNothingMeanwhile() {
        String post = "{\"externalId\": \"d-1\", \"text\": \"pushed while off\"}";
        Api.admin().contentType(ContentType.JSON).body(Map.of("enabled", false)).patch("/api/v1/sources/" + sourceId)
                .then().statusCode(200).body("health.state", equalTo("DISABLED"));

        withToken().body(post).post("/api/v1/ingest/" + sourceId).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("is disabled"));
        Api.admin().get("/api/v1/posts?sourceId=" + sourceId).then().body("$", hasSize(0));

        Api.admin().contentType(ContentType.JSON).body(Map.of("enabled", true)).patch("/api/v1/sources/" + sourceId)
                .then().statusCode(200).body("health.state", equalTo("PUSH"));
        withToken().body(post).post("/api/v1/ingest/" + sourceId).then().statusCode(202).body("observed", equalTo(1));
    }
}
