package io.replydesk.collector.platform.googlebusiness;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.Approvals.approveAndWait;
import static io.replydesk.collector.platform.SourceViews.posts;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.platform.Fixtures;
import io.replydesk.collector.service.SourcePoller;
import io.replydesk.events.ReplyFailed;
import io.replydesk.events.ReplyPosted;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Google Business Profile reviews and replies against a stub serving payloads built from the documentation. */
@QuarkusTest
class GoogleBusinessTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static WireMockServer google;

    @Inject
    SourcePoller poller;

    @BeforeAll
    static void start() throws IOException {
        google = new WireMockServer(wireMockConfig().dynamicPort());
        google.start();
        google.stubFor(post(urlPathEqualTo("/token")).willReturn(json(
                "{\"access_token\": \"test-gbp-token\", \"expires_in\": 3599, \"token_type\": \"Bearer\"}")));
        ObjectNode credential = JSON.createObjectNode().put("clientId", "rd-test.apps.googleusercontent.com")
                .put("clientSecret", "rd-test-gbp-secret").put("refreshToken", "rd-test-gbp-refresh")
                .put("tokenUri", google.baseUrl() + "/token");
        Path directory = Path.of("target/test-credentials");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("test-google-business"), credential.toString());
        Files.writeString(directory.resolve("test-google-business-broken"), "{\"clientId\": \"only\"}");
    }

    @AfterAll
    static void stop() {
        google.stop();
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body);
    }

    static String text(String name) {
        return Fixtures.text("google-business/" + name);
    }

    static ObjectNode fixture(String name) {
        return Fixtures.object("google-business/" + name);
    }

    static String location() {
        return "accounts/1122334455/locations/" + Math.abs(UUID.randomUUID().getMostSignificantBits());
    }

    static String reviews(String location) {
        return "/v4/" + location + "/reviews";
    }

    static String source(String location, String credential) {
        return (String) Api.createSource(Map.of("type", "google-business", "name", "GBP", "baseUrl",
                google.baseUrl(), "location", location, "credential", credential, "enabled", false)).get("id");
    }

    /** A documented review under a new id, created and updated {@code minutesAgo}. */
    static ObjectNode review(String id, long minutesAgo) {
        String at = Instant.now().minus(Duration.ofMinutes(minutesAgo)).toString();
        return ((ObjectNode) fixture("reviews_list.json").get("reviews").get(0).deepCopy()).put("reviewId", id)
                .put("createTime", at).put("updateTime", at);
    }

    static String page(String nextPageToken, ObjectNode... reviews) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode list = page.putArray("reviews");
        for (ObjectNode review : reviews) {
            list.add(review);
        }
        if (nextPageToken != null) {
            page.put("nextPageToken", nextPageToken);
        }
        return page.toString();
    }

    @Test
    void readsReviewsNewestChangedFirstAndSweepsBackWithThePageToken() {
        String location = location();
        google.stubFor(get(urlPathEqualTo(reviews(location))).withQueryParam("pageToken", absent())
                .willReturn(json(text("reviews_list.json"))));
        String id = source(location, "test-google-business");

        poller.poll(id);

        assertThat(posts(id)).hasSize(2);
        Map<String, Object> giulia = posts(id).stream().filter(p -> p.get("externalId").equals("AbFvOqm1Xz-Rw7kq"))
                .findFirst().orElseThrow();
        assertThat(giulia.get("kind")).isEqualTo("REVIEW");
        assertThat(giulia.get("text")).isEqualTo("Pizza arrived cold and an hour late.\nThe staff were friendly though.");
        assertThat(giulia.get("rating")).isEqualTo(2);
        assertThat(giulia.get("ratingScale")).isEqualTo(5);
        assertThat(((Map<?, ?>) giulia.get("author")).get("displayName")).isEqualTo("Giulia Rossi");
        assertThat(posts(id)).anySatisfy(p -> assertThat(((Map<?, ?>) p.get("author")).get("handle"))
                .isEqualTo("Anonymous"));
        google.verify(getRequestedFor(urlPathEqualTo(reviews(location))).withQueryParam("orderBy",
                equalTo("updateTime desc")).withQueryParam("pageSize", equalTo("50"))
                .withHeader("Authorization", equalTo("Bearer test-gbp-token")));
        google.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing(
                "grant_type=refresh_token")).withRequestBody(containing("refresh_token=rd-test-gbp-refresh")));

        // Later polls sweep back from the newest change until they reach what the first took in.
        google.stubFor(get(urlPathEqualTo(reviews(location))).withQueryParam("pageToken", absent())
                .willReturn(json(page("page-2", review("new-1", 2), review("new-2", 3)))));
        google.stubFor(get(urlPathEqualTo(reviews(location))).withQueryParam("pageToken", equalTo("page-2"))
                .willReturn(json(page("page-3", review("new-3", 4),
                        (ObjectNode) fixture("reviews_list.json").get("reviews").get(1)))));
        poller.poll(id);
        assertThat(posts(id)).extracting(p -> p.get("externalId")).contains("new-1", "new-2", "new-3")
                .hasSize(5).doesNotHaveDuplicates();
        google.verify(0, getRequestedFor(urlPathEqualTo(reviews(location))).withQueryParam("pageToken",
                equalTo("page-3")));
        JsonPath source = view(id);
        assertThat(source.getBoolean("capabilities.canReply")).isTrue();
        assertThat(source.getInt("capabilities.replyMaxLength")).isEqualTo(4096);
        assertThat(source.getString("location")).isEqualTo(location);
    }

    @Test
    void refusesBadReviewsOneByOneAndKeepsTheCursorOnBrokenPages() {
        String location = location();
        ObjectNode noId = review("x", 5);
        noId.remove("reviewId");
        ObjectNode future = review("r-future", 5).put("createTime", "2999-01-01T00:00:00Z");
        ObjectNode noDate = review("r-nodate", 5);
        noDate.remove("createTime");
        ObjectNode ratingOnly = review("r-rating-only", 5);
        ratingOnly.remove("comment");
        ObjectNode html = review("r-html", 5).put("comment", "<script>alert(1)</script><b>Rude</b> waiter");
        google.stubFor(get(urlPathEqualTo(reviews(location))).willReturn(json(page(null, noId, future, noDate,
                ratingOnly, html))));
        String id = source(location, "test-google-business");

        poller.poll(id);

        assertThat(posts(id)).singleElement().satisfies(p -> assertThat(p.get("text")).isEqualTo("Rude waiter"));
        assertThat(view(id).getString("health.lastError")).contains("4 item(s) refused").contains("in the future");

        String broken = location();
        google.stubFor(get(urlPathEqualTo(reviews(broken))).willReturn(json("{\"reviews\": [{\"reviewId\": ")));
        String second = source(broken, "test-google-business");
        poller.poll(second);
        assertThat(view(second).getString("health.lastError")).contains("malformed JSON");
        google.stubFor(get(urlPathEqualTo(reviews(broken))).willReturn(json("{\"reviews\": [\""
                + "x".repeat(2_200_000) + "\"]}")));
        poller.poll(second);
        assertThat(view(second).getString("health.lastError")).contains("larger than 2097152 bytes");
        google.stubFor(get(urlPathEqualTo(reviews(broken))).willReturn(json(text("reviews_list.json"))));
        poller.poll(second);
        assertThat(posts(second)).hasSize(2);

        String refused = source(location(), "test-google-business-broken");
        poller.poll(refused);
        assertThat(view(refused).getString("health.lastError")).contains("must be JSON").doesNotContain("only");
    }

    @Test
    void upsertsTheReplyAndLooksBeforeRetryingAfterATimeout() {
        String location = location();
        String reviewId = "AbFvOqm1Xz-Rw7kq";
        String reply = reviews(location) + "/" + reviewId + "/reply";
        String text = "We are sorry, Giulia. Please write to us so we can make it right.";
        google.stubFor(put(urlPathEqualTo(reply)).willReturn(json(text("reply_response.json")).withFixedDelay(2500)));
        google.stubFor(get(urlPathEqualTo(reviews(location) + "/" + reviewId))
                .willReturn(json(text("review_with_reply.json"))));
        String id = source(location, "test-google-business");

        assertThat(approveAndWait(id, reviewId, text)).isInstanceOfSatisfying(ReplyPosted.class,
                posted -> assertThat(posted.platformReplyId()).isEqualTo(reviewId));
        google.verify(1, putRequestedFor(urlPathEqualTo(reply)));
        google.verify(putRequestedFor(urlPathEqualTo(reply)).withRequestBody(equalToJson(
                "{\"comment\": \"" + text + "\"}")).withHeader("Authorization", equalTo("Bearer test-gbp-token")));
        google.verify(getRequestedFor(urlPathEqualTo(reviews(location) + "/" + reviewId)));
    }

    @Test
    void refusesOverlongRepliesAndPassesOnGooglesRefusal() {
        String location = location();
        String id = source(location, "test-google-business");
        assertThat(approveAndWait(id, "r-1", "è".repeat(2049))).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("at most 4096"));

        google.stubFor(put(urlPathEqualTo(reviews(location) + "/r-1/reply")).willReturn(json("{\"error\": {\"code\":"
                + " 403, \"message\": \"The caller does not have permission\", \"status\": \"PERMISSION_DENIED\"}}")
                .withStatus(403)));
        assertThat(approveAndWait(id, "r-1", "Thanks!")).isInstanceOfSatisfying(ReplyFailed.class, failed -> {
            assertThat(failed.reason()).contains("PERMISSION_DENIED");
            assertThat(failed.retryable()).isFalse();
        });
    }
}
