package io.replydesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.replydesk.e2e.SharedStack.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole loop on the packaged services: a negative Italian review pushed to a webhook source becomes a
 * draft carrying the judgement, an approver approves it, and the webhook's callback receives the reply
 * exactly once.
 */
@ExtendWith(SharedStack.Extension.class)
class ReplyLoopIT {

    @Test
    @SuppressWarnings("unchecked")
    void negativeItalianReviewEndsAsOnePostedReply() {
        SharedStack e2e = SharedStack.get();
        String response = e2e.response();
        Map<String, Object> source = e2e.webhookSource("e2e shop");
        String sourceId = (String) source.get("id");
        e2e.ingest(source, Map.of("externalId", "rev-1", "author", "giulia",
                "text", "Servizio pessimo: abbiamo aspettato un'ora e il cameriere è stato scortese. Deluso.",
                "rating", 1, "ratingScale", 5, "createdAt", "2026-11-20T09:00:00Z"));

        String postId = sourceId + ":rev-1";
        Map<String, Object> draft = e2e.awaitDraft(postId);
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
                .until(() -> e2e.draftOf(postId).get("status"), "POSTED"::equals);
        e2e.receiver.verify(1, postRequestedFor(urlEqualTo("/replies"))
                .withRequestBody(matchingJsonPath("$.externalId", equalTo("rev-1")))
                .withRequestBody(matchingJsonPath("$.postId", equalTo(postId)))
                .withRequestBody(matchingJsonPath("$.text", equalTo(replyText))));
        admin().contentType(ContentType.JSON).body("{}")
                .post(response + "/api/v1/drafts/" + draftId + "/approve").then().statusCode(409);
        e2e.receiver.verify(1, postRequestedFor(urlEqualTo("/replies"))
                .withRequestBody(matchingJsonPath("$.postId", equalTo(postId))));
    }
}
