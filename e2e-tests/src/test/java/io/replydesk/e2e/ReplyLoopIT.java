package io.replydesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.replydesk.stack.LocalService;
import io.replydesk.stack.LocalStack;
import io.replydesk.stack.LocalStackConfig;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole loop on the packaged services, each in its own JVM, on real Kafka and PostgreSQL: a negative
 * Italian review pushed to a webhook source becomes a draft, an approver approves it, and the webhook's
 * callback receives the reply exactly once.
 */
class ReplyLoopIT {

    private static final String PASSWORD = "e2e-admin-password";

    static LocalStack stack;
    static WireMockServer receiver;

    @BeforeAll
    static void start() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/replies")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"platform-reply-1\"}")));
        stack = LocalStack.start(LocalStackConfig.builder(Path.of(System.getProperty("replydesk.project.dir")))
                .stateDir(Path.of(System.getProperty("replydesk.e2e.state.dir")))
                .anyFreePorts()
                .adminPassword(PASSWORD)
                .env(LocalService.COLLECTOR, "REPLYDESK_COLLECTOR_DEMO_ENABLED", "false")
                .readyTimeout(Duration.ofMinutes(4))
                .build(), line -> System.out.println("[e2e] " + line));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (receiver != null) {
            receiver.stop();
        }
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", PASSWORD);
    }

    @Test
    @SuppressWarnings("unchecked")
    void negativeItalianReviewEndsAsOnePostedReply() {
        String collector = stack.url(LocalService.COLLECTOR);
        String response = stack.url(LocalService.RESPONSE);
        Map<String, Object> source = admin().contentType(ContentType.JSON)
                .body(Map.of("type", "webhook", "name", "e2e shop", "replyCallbackUrl", receiver.baseUrl() + "/replies"))
                .post(collector + "/api/v1/sources").then().statusCode(201).extract().jsonPath().getMap("");
        String sourceId = (String) source.get("id");

        given().header("Authorization", "Bearer " + source.get("ingestToken")).contentType(ContentType.JSON)
                .body(Map.of("externalId", "rev-1", "author", "giulia",
                        "text", "Servizio pessimo: abbiamo aspettato un'ora e il cameriere è stato scortese. Deluso.",
                        "rating", 1, "ratingScale", 5, "createdAt", "2026-11-20T09:00:00Z"))
                .post(collector + "/api/v1/ingest/" + sourceId).then().statusCode(202);

        String postId = sourceId + ":rev-1";
        Map<String, Object> draft = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> draftOf(response, postId), d -> d != null);
        assertThat(draft.get("status")).isEqualTo("PENDING");
        assertThat(draft.get("language")).isEqualTo("it");
        assertThat((List<Object>) draft.get("flags")).contains("NEGATIVE");
        // the sentiment service's judgement travels with the draft: why it was flagged, what failed, how urgent
        assertThat((List<Map<String, Object>>) draft.get("reasons"))
                .anySatisfy(r -> assertThat(r).containsEntry("flag", "NEGATIVE").containsKey("detail"));
        assertThat(draft.get("category")).isIn("DELAY", "STAFF_BEHAVIOUR");
        assertThat((Integer) draft.get("priority")).isGreaterThanOrEqualTo(50);
        String draftId = (String) draft.get("id");
        String replyText = (String) draft.get("text");

        given().post(response + "/api/v1/drafts/" + draftId + "/approve").then().statusCode(401);
        admin().contentType(ContentType.JSON).body("{}")
                .post(response + "/api/v1/drafts/" + draftId + "/approve").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> draftOf(response, postId).get("status"), "POSTED"::equals);
        receiver.verify(1, postRequestedFor(urlEqualTo("/replies"))
                .withRequestBody(matchingJsonPath("$.externalId", equalTo("rev-1")))
                .withRequestBody(matchingJsonPath("$.postId", equalTo(postId)))
                .withRequestBody(matchingJsonPath("$.text", equalTo(replyText))));
        admin().contentType(ContentType.JSON).body("{}")
                .post(response + "/api/v1/drafts/" + draftId + "/approve").then().statusCode(409);
        receiver.verify(1, postRequestedFor(urlEqualTo("/replies")));
    }

    private static Map<String, Object> draftOf(String response, String postId) {
        List<Map<String, Object>> drafts = admin().get(response + "/api/v1/drafts?limit=1000").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return drafts.stream().filter(d -> postId.equals(d.get("postId"))).findFirst().orElse(null);
    }
}
