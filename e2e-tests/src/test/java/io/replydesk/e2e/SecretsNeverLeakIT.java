package io.replydesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.replydesk.e2e.SharedStack.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The run's secrets — the admin password (and its Basic header), a wrong password tried at the login, a platform
 * token from {@code REPLYDESK_CREDENTIAL_E2E_MASTODON}, a webhook source's ingest token — are used for real: a
 * Mastodon source polls with the token and posts an approved reply with it, a second one is refused by its
 * server, a webhook source takes a push. Then every log file of the run (the three services, Kafka, PostgreSQL)
 * and every API answer the tests received are searched for them. The class runs last (see
 * junit-platform.properties and {@link ClassOrderer.OrderAnnotation}), so the search covers the whole run.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(SharedStack.Extension.class)
class SecretsNeverLeakIT {

    private static final String TAG = "e2ecanary";
    private static final String REFUSED_TAG = "e2erefused";

    @Test
    void noSecretOfTheRunIsInAnyLogOrApiAnswer() {
        SharedStack e2e = SharedStack.get();
        exerciseTheMastodonCredential(e2e);
        String ingestToken = exerciseAnIngestToken(e2e);
        for (String guarded : List.of(e2e.collector() + "/api/v1/sources", e2e.response() + "/api/v1/drafts")) {
            given().auth().preemptive().basic("admin", Canaries.WRONG_PASSWORD).get(guarded).then().statusCode(401);
        }

        Map<String, String> secrets = Map.of(
                "admin password", SharedStack.PASSWORD,
                "admin Basic header", Canaries.basic("admin", SharedStack.PASSWORD),
                "wrong password", Canaries.WRONG_PASSWORD,
                "wrong password's Basic header", Canaries.basic("admin", Canaries.WRONG_PASSWORD),
                "Mastodon token", Canaries.MASTODON_TOKEN,
                "ingest token", ingestToken);
        List<String> leaks = new ArrayList<>();
        List<Path> logs = e2e.logFiles();
        assertThat(logs).extracting(p -> p.getFileName().toString())
                .contains("collector.log", "sentiment.log", "response.log", "kafka.log", "postgres.log");
        for (Path log : logs) {
            String content = SharedStack.read(log);
            secrets.forEach((what, value) -> {
                if (content.contains(value)) {
                    leaks.add(what + " in " + log);
                }
            });
        }
        List<SeenResponses.Seen> answers = e2e.responses.all();
        for (SeenResponses.Seen answer : answers) {
            secrets.forEach((what, value) -> {
                boolean shownOnceAtCreation = what.equals("ingest token") && answer.status() == 201
                        && answer.request().endsWith("/api/v1/sources");
                if (answer.contains(value) && !shownOnceAtCreation) {
                    leaks.add(what + " in the answer to " + answer.request());
                }
            });
        }
        assertThat(answers.stream().filter(a -> a.contains(ingestToken))).as("answers showing the ingest token")
                .hasSize(1);
        assertThat(answers).as("answers seen").hasSizeGreaterThan(20);
        assertThat(leaks).isEmpty();
    }

    /** A source that polls with the token and posts an approved reply with it, and one whose server refuses it. */
    private static void exerciseTheMastodonCredential(SharedStack e2e) {
        WireMockServer mastodon = e2e.receiver;
        String status = """
                {"id": "990001", "created_at": "%s", "url": "https://mastodon.example/@anna/990001",
                 "content": "<p>Terrible pizza at #e2ecanary, cold and an hour late. Never again.</p>",
                 "language": "en", "favourites_count": 0, "reblogs_count": 0, "replies_count": 0,
                 "account": {"id": "42", "acct": "anna", "username": "anna", "display_name": "Anna",
                             "followers_count": 10}}""".formatted(Instant.now().minusSeconds(60));
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/" + TAG)).withQueryParam("min_id", absent())
                .willReturn(okJson("[" + status + "]")));
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/" + TAG)).withQueryParam("min_id", equalTo("990001"))
                .willReturn(okJson("[]")));
        mastodon.stubFor(get(urlPathMatching("/api/v1/statuses/990001")).willReturn(okJson(status)));
        mastodon.stubFor(get(urlEqualTo("/api/v1/accounts/verify_credentials"))
                .willReturn(okJson("{\"id\": \"7\", \"acct\": \"pizzeria\", \"username\": \"pizzeria\"}")));
        mastodon.stubFor(post(urlEqualTo("/api/v1/statuses")).willReturn(okJson("""
                {"id": "990002", "created_at": "2026-11-20T10:00:00.000Z", "in_reply_to_id": "990001",
                 "url": "https://mastodon.example/@pizzeria/990002", "content": "<p>reply</p>",
                 "account": {"id": "7", "acct": "pizzeria", "username": "pizzeria"}}""")));
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/" + REFUSED_TAG)).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"The access token is invalid\"}")));

        String polled = mastodonSource(e2e, TAG);
        String refused = mastodonSource(e2e, REFUSED_TAG);
        assertThat(e2e.source(polled)).containsEntry("credential", Canaries.MASTODON_CREDENTIAL);

        String postId = polled + ":990001";
        Map<String, Object> draft = e2e.awaitDraft(postId);
        admin().contentType(ContentType.JSON).body("{}")
                .post(e2e.response() + "/api/v1/drafts/" + draft.get("id") + "/approve").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> e2e.draftOf(postId).get("status"), "POSTED"::equals);
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer " + Canaries.MASTODON_TOKEN)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> ((Map<?, ?>) e2e.source(refused).get("health")).get("lastError") != null);
        for (String source : List.of(polled, refused)) {
            admin().contentType(ContentType.JSON).body(Map.of("enabled", false))
                    .patch(e2e.collector() + "/api/v1/sources/" + source).then().statusCode(200);
        }
    }

    private static String mastodonSource(SharedStack e2e, String hashtag) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("type", "mastodon", "name", "canary " + hashtag, "baseUrl", e2e.receiver.baseUrl(),
                        "hashtag", hashtag, "credential", Canaries.MASTODON_CREDENTIAL, "pollInterval", "PT2S"))
                .post(e2e.collector() + "/api/v1/sources").then().statusCode(201).extract().path("id");
    }

    /** A push with the token and one with a wrong token; the token is returned. */
    private static String exerciseAnIngestToken(SharedStack e2e) {
        Map<String, Object> source = e2e.webhookSource("canary webhook");
        String token = (String) source.get("ingestToken");
        e2e.ingest(source, Map.of("externalId", "canary-1", "text", "Rude staff and a cold pizza.", "rating", 1));
        given().header("Authorization", "Bearer " + token + "x").contentType(ContentType.JSON)
                .body(Map.of("externalId", "canary-2", "text", "Rude staff.")).post(e2e.collector() + "/api/v1/ingest/"
                        + source.get("id")).then().statusCode(401);
        assertThat(e2e.source((String) source.get("id"))).doesNotContainKey("ingestToken");
        return token;
    }
}
