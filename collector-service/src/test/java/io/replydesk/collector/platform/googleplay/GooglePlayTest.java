package io.replydesk.collector.platform.googleplay;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Google Play reviews and replies against a stub serving the documentation's payloads, good and bad. */
@QuarkusTest
class GooglePlayTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static WireMockServer play;

    @Inject
    SourcePoller poller;

    @BeforeAll
    static void start() throws Exception {
        play = new WireMockServer(wireMockConfig().dynamicPort());
        play.start();
        play.stubFor(post(urlPathEqualTo("/token")).willReturn(json(
                "{\"access_token\": \"test-play-token\", \"expires_in\": 3599, \"token_type\": \"Bearer\"}")));
        // A service-account key made now, in the shape Google Cloud hands out, with its token_uri on the stub.
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                rsa.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        ObjectNode key = JSON.createObjectNode().put("type", "service_account").put("project_id", "replydesk-test")
                .put("private_key", pem).put("client_email", "replydesk@replydesk-test.iam.gserviceaccount.com")
                .put("token_uri", play.baseUrl() + "/token");
        Path directory = Path.of("target/test-credentials");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("test-google-play"), key.toString());
    }

    @AfterAll
    static void stop() {
        play.stop();
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body);
    }

    static String text(String name) {
        return Fixtures.text("google-play/" + name);
    }

    static String app(String name) {
        return "com.example." + name + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    static String reviews(String app) {
        return "/androidpublisher/v3/applications/" + app + "/reviews";
    }

    static String source(String app) {
        return (String) Api.createSource(Map.of("type", "google-play", "name", app, "baseUrl", play.baseUrl(),
                "packageName", app, "credential", "test-google-play", "enabled", false)).get("id");
    }

    @Test
    void takesTheWholeSevenDayWindowPageByPageWithRatingsAndSaysSo() {
        String app = app("paging");
        play.stubFor(get(urlPathEqualTo(reviews(app))).withQueryParam("token", absent())
                .willReturn(json(text("reviews_list.json"))));
        play.stubFor(get(urlPathEqualTo(reviews(app))).withQueryParam("token", equalTo("12334566"))
                .willReturn(json("{}")));
        String id = source(app);

        poller.poll(id);

        assertThat(posts(id)).hasSize(2);
        Map<String, Object> john = posts(id).stream().filter(p -> p.get("externalId").equals("11223344"))
                .findFirst().orElseThrow();
        assertThat(john.get("kind")).isEqualTo("REVIEW");
        assertThat(john.get("text")).isEqualTo("I love using this app!");
        assertThat(john.get("rating")).isEqualTo(5);
        assertThat(john.get("ratingScale")).isEqualTo(5);
        assertThat(john.get("language")).isEqualTo("en");
        assertThat(((Map<?, ?>) john.get("engagement")).get("likes")).isEqualTo(10);
        assertThat((String) john.get("url")).isEqualTo("https://play.google.com/store/apps/details?id=" + app
                + "&reviewId=11223344");
        play.verify(getRequestedFor(urlPathEqualTo(reviews(app))).withQueryParam("maxResults", equalTo("100"))
                .withHeader("Authorization", equalTo("Bearer test-play-token")));
        play.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing(
                "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"))
                .withRequestBody(containing("assertion=")));
        JsonPath source = view(id);
        assertThat(source.getString("capabilities.coverageWindow")).isEqualTo("PT168H");
        assertThat(source.getString("capabilities.coverage")).contains("last 7 days");
        assertThat(source.getInt("capabilities.replyMaxLength")).isEqualTo(350);
    }

    @Test
    void refusesBadReviewsOneByOneAndRecordsServerErrorsAndMalformedBodies() throws IOException {
        String app = app("hostile");
        ObjectNode list = (ObjectNode) JSON.readTree(text("reviews_list.json"));
        ArrayNode hostile = JSON.createArrayNode();
        ObjectNode noId = ((ObjectNode) list.get("reviews").get(0).deepCopy());
        noId.remove("reviewId");
        ObjectNode noComment = ((ObjectNode) list.get("reviews").get(0).deepCopy()).put("reviewId", "r-nocomment");
        noComment.putArray("comments");
        ObjectNode future = ((ObjectNode) list.get("reviews").get(0).deepCopy()).put("reviewId", "r-future");
        ((ObjectNode) future.at("/comments/0/userComment/lastModified")).put("seconds", "32503680000");
        ObjectNode empty = ((ObjectNode) list.get("reviews").get(0).deepCopy()).put("reviewId", "r-empty");
        ((ObjectNode) future.at("/comments/0/userComment")).put("text", "ok");
        ((ObjectNode) empty.at("/comments/0/userComment")).put("text", " \t ");
        hostile.add(noId).add(noComment).add(future).add(empty).add(list.get("reviews").get(0));
        play.stubFor(get(urlPathEqualTo(reviews(app))).willReturn(json(JSON.createObjectNode()
                .set("reviews", hostile).toString())));
        String id = source(app);

        poller.poll(id);
        assertThat(posts(id)).extracting(p -> p.get("externalId")).containsExactly("12345678");
        assertThat(view(id).getString("health.lastError")).contains("4 item(s) refused").contains("no user comment");

        String broken = app("broken");
        play.stubFor(get(urlPathEqualTo(reviews(broken))).willReturn(json("{\"reviews\": [{\"reviewId\": ")));
        String second = source(broken);
        poller.poll(second);
        assertThat(view(second).getString("health.lastError")).contains("malformed JSON");

        play.stubFor(get(urlPathEqualTo(reviews(broken))).willReturn(json(
                "{\"error\": {\"code\": 500, \"message\": \"Internal error encountered.\", \"status\": \"INTERNAL\"}}")
                .withStatus(500)));
        poller.poll(second);
        assertThat(view(second).getString("health.lastError")).contains("HTTP 500")
                .contains("INTERNAL: Internal error encountered.");
        play.verify(1 + 3, getRequestedFor(urlPathEqualTo(reviews(broken))));
    }

    @Test
    void honoursRetryAfterAndRecordsTimeouts() {
        WireMockServer own = new WireMockServer(wireMockConfig().dynamicPort());
        own.start();
        try {
            String app = app("quota");
            own.stubFor(get(urlPathEqualTo(reviews(app))).willReturn(json("{\"error\": {\"code\": 429, \"message\":"
                    + " \"Quota exceeded\", \"status\": \"RESOURCE_EXHAUSTED\"}}").withStatus(429)
                    .withHeader("Retry-After", "600")));
            String id = (String) Api.createSource(Map.of("type", "google-play", "name", app, "baseUrl",
                    own.baseUrl(), "packageName", app, "credential", "test-google-play", "enabled", false))
                    .get("id");
            poller.poll(id);
            poller.poll(id);
            assertThat(view(id).getString("health.lastError")).contains("request budget");
            assertThat(Instant.parse(view(id).getString("health.nextPollAt")))
                    .isAfter(Instant.now().plus(Duration.ofMinutes(9)));
            own.verify(1, getRequestedFor(urlPathEqualTo(reviews(app))));
        } finally {
            own.stop();
        }

        String slow = app("slow");
        play.stubFor(get(urlPathEqualTo(reviews(slow))).willReturn(json("{}").withFixedDelay(2500)));
        String id = source(slow);
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("did not answer within 1500 ms");
    }

    @Test
    void repliesExactlyOnceEvenWhenTheFirstAttemptTimesOut() {
        String app = app("reply");
        String reply = reviews(app) + "/11223344:reply";
        play.stubFor(post(urlPathEqualTo(reply)).willReturn(json(text("reply_response.json")).withFixedDelay(2500)));
        play.stubFor(get(urlPathEqualTo(reviews(app) + "/11223344")).willReturn(json(text("review_with_reply.json"))));
        String id = source(app);

        assertThat(approveAndWait(id, "11223344", "That's great to hear!")).isInstanceOfSatisfying(
                ReplyPosted.class, posted -> assertThat(posted.platformReplyId()).isEqualTo("11223344"));
        play.verify(1, postRequestedFor(urlPathEqualTo(reply)));
        play.verify(postRequestedFor(urlPathEqualTo(reply)).withRequestBody(equalToJson(
                "{\"replyText\": \"That's great to hear!\"}")).withHeader("Authorization",
                equalTo("Bearer test-play-token")));

        String second = reviews(app) + "/87654321:reply";
        play.stubFor(post(urlPathEqualTo(second)).willReturn(json(text("reply_response.json"))));
        assertThat(approveAndWait(id, "87654321", "Thanks for your feedback!")).isInstanceOf(ReplyPosted.class);
        play.verify(1, postRequestedFor(urlPathEqualTo(second)));
    }

    @Test
    void refusesRepliesOverThe350CharacterLimitAndPassesOnGooglesRefusal() {
        String app = app("refuse");
        String id = source(app);
        assertThat(approveAndWait(id, "12345678", "x".repeat(351))).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("at most 350"));

        play.stubFor(post(urlPathEqualTo(reviews(app) + "/12345678:reply")).willReturn(json("{\"error\": {\"code\":"
                + " 403, \"message\": \"The caller does not have permission\", \"status\": \"PERMISSION_DENIED\"}}")
                .withStatus(403)));
        assertThat(approveAndWait(id, "12345678", "Thanks!")).isInstanceOfSatisfying(ReplyFailed.class, failed -> {
            assertThat(failed.reason()).contains("PERMISSION_DENIED");
            assertThat(failed.retryable()).isFalse();
        });
    }
}
