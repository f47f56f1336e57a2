package io.replydesk.collector.platform.appstore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** App Store reviews, read-only, from a stub serving pages shaped like Apple's public customer-reviews feed. */
@QuarkusTest
class AppStoreTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicLong APP_IDS = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000L) * 100);
    static WireMockServer apple;

    @Inject
    SourcePoller poller;

    @BeforeAll
    static void start() {
        apple = new WireMockServer(wireMockConfig().dynamicPort());
        apple.start();
    }

    @AfterAll
    static void stop() {
        apple.stop();
    }

    /** Apple labels the feed text/javascript. */
    static ResponseDefinitionBuilder feed(String body) {
        return aResponse().withHeader("Content-Type", "text/javascript; charset=utf-8").withBody(body);
    }

    static ObjectNode example() {
        return Fixtures.object("app-store/customerreviews_page1.json");
    }

    /** A review like the first of the example, with its own id and date. */
    static ObjectNode review(String id, String updated) {
        ObjectNode review = ((ObjectNode) example().get("feed").get("entry").get(0)).deepCopy();
        review.putObject("id").put("label", id);
        review.putObject("updated").put("label", updated);
        review.putObject("content").put("label", "Review " + id);
        return review;
    }

    static String page(ObjectNode... reviews) {
        ObjectNode answer = example();
        ArrayNode entries = ((ObjectNode) answer.get("feed")).putArray("entry");
        for (ObjectNode review : reviews) {
            entries.add(review);
        }
        if (reviews.length == 0) {
            ((ObjectNode) answer.get("feed")).remove("entry");
        }
        return answer.toString();
    }

    static com.fasterxml.jackson.databind.JsonNode feedOf(String page) {
        try {
            return JSON.readTree(page).get("feed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String app() {
        return String.valueOf(APP_IDS.incrementAndGet());
    }

    static String path(String appId, int page) {
        return "/us/rss/customerreviews/page=" + page + "/id=" + appId + "/sortby=mostrecent/json";
    }

    static String source(String appId) {
        return source(apple, appId);
    }

    static String source(WireMockServer server, String appId) {
        return (String) Api.createSource(Map.of("type", "app-store", "name", "app " + appId, "baseUrl",
                server.baseUrl(), "appId", appId, "country", "US", "enabled", false)).get("id");
    }

    @Test
    void readsTheExampleWithRatingsTitlesAndTheRatingsPageAndSaysNoReplyIsPossible() {
        String appId = app();
        apple.stubFor(get(urlPathEqualTo(path(appId, 1))).willReturn(feed(example().toString())));
        apple.stubFor(get(urlPathEqualTo(path(appId, 2))).willReturn(feed(page())));
        String id = source(appId);

        poller.poll(id);

        assertThat(posts(id)).hasSize(2).extracting(p -> p.get("externalId"))
                .containsExactlyInAnyOrder("11028876543", "11028812345");
        Map<String, Object> marta = posts(id).stream().filter(p -> p.get("externalId").equals("11028812345"))
                .findFirst().orElseThrow();
        assertThat(marta.get("text")).isEqualTo("Crashes at checkout\n\nSince the last update the app closes when I pay.");
        assertThat(marta.get("rating")).isEqualTo(1);
        assertThat(marta.get("kind")).isEqualTo("REVIEW");
        assertThat(marta.get("createdAt")).isEqualTo("2024-05-02T01:02:11Z");
        assertThat(marta.get("url")).isEqualTo("https://appstoreconnect.apple.com/apps/" + appId
                + "/distribution/activity/ios/ratingsResponses");
        assertThat(((Map<?, ?>) marta.get("author")).get("displayName")).isEqualTo("Marta R.");
        JsonPath source = view(id);
        assertThat(source.getString("country")).isEqualTo("us");
        assertThat(source.getString("appId")).isEqualTo(appId);
        assertThat(source.getBoolean("canReply")).isFalse();
        assertThat(source.getBoolean("capabilities.canReply")).isFalse();
        assertThat(source.getBoolean("capabilities.deepLink")).isTrue();
        assertThat(source.getInt("capabilities.maxItemsPerPoll")).isEqualTo(500);
        assertThat(source.getString("health.lastError")).isNull();
        apple.verify(1, getRequestedFor(urlPathEqualTo(path(appId, 2))));
    }

    @Test
    void firstPollSweepsAllPagesThenEachPollStopsAtTheLastReviewTakenIn() {
        String appId = app();
        apple.stubFor(get(urlPathEqualTo(path(appId, 1))).willReturn(feed(page(
                review("106", "2024-05-06T10:00:00Z"), review("105", "2024-05-05T10:00:00Z")))));
        apple.stubFor(get(urlPathEqualTo(path(appId, 2))).willReturn(feed(page(
                review("104", "2024-05-04T10:00:00Z"), review("103", "2024-05-03T10:00:00Z")))));
        // a page with one review carries the entry itself, not a list
        ObjectNode single = example();
        ((ObjectNode) single.get("feed")).set("entry", review("102", "2024-05-02T10:00:00Z"));
        apple.stubFor(get(urlPathEqualTo(path(appId, 3))).willReturn(feed(single.toString())));
        apple.stubFor(get(urlPathEqualTo(path(appId, 4))).willReturn(feed(page())));
        String id = source(appId);

        poller.poll(id);

        assertThat(posts(id)).extracting(p -> p.get("externalId"))
                .containsExactlyInAnyOrder("106", "105", "104", "103", "102");
        apple.verify(1, getRequestedFor(urlPathEqualTo(path(appId, 4))));
        apple.verify(0, getRequestedFor(urlPathEqualTo(path(appId, 5))));

        // two new reviews push the older ones down; the sweep stops on the page holding the last one taken in
        apple.stubFor(get(urlPathEqualTo(path(appId, 1))).willReturn(feed(page(
                review("108", "2024-05-08T10:00:00Z"), review("107", "2024-05-07T10:00:00Z")))));
        apple.stubFor(get(urlPathEqualTo(path(appId, 2))).willReturn(feed(page(
                review("106", "2024-05-06T10:00:00Z"), review("105", "2024-05-05T10:00:00Z")))));
        poller.poll(id);

        assertThat(posts(id)).hasSize(7);
        apple.verify(2, getRequestedFor(urlPathEqualTo(path(appId, 2))));
        apple.verify(1, getRequestedFor(urlPathEqualTo(path(appId, 3))));

        // nothing new: page 1 only
        poller.poll(id);
        apple.verify(3, getRequestedFor(urlPathEqualTo(path(appId, 1))));
        apple.verify(2, getRequestedFor(urlPathEqualTo(path(appId, 2))));
        assertThat(view(id).getString("health.lastError")).isNull();
    }

    @Test
    void refusesBadEntriesOneByOneAndKeepsTheGoodOnes() {
        String appId = app();
        ObjectNode noRating = review("201", "2024-05-04T10:00:00Z");
        noRating.remove("im:rating");
        ObjectNode sixStars = review("202", "2024-05-04T09:00:00Z");
        sixStars.putObject("im:rating").put("label", "6");
        ObjectNode noText = review("203", "2024-05-04T08:00:00Z");
        noText.putObject("content").put("label", "   ");
        ObjectNode future = review("204", "2999-01-01T00:00:00Z");
        ObjectNode badDate = review("205", "yesterday");
        ObjectNode noId = review("x", "2024-05-04T07:00:00Z");
        ObjectNode appEntry = JSON.createObjectNode();
        appEntry.putObject("im:name").put("label", "Pizzeria");
        appEntry.putObject("id").put("label", "https://apps.apple.com/us/app/pizzeria/id" + appId);
        String body = page(appEntry, review("200", "2024-05-04T11:00:00Z"), noRating, sixStars, noText, future,
                badDate, noId, review("199", "2024-05-04T06:00:00Z"));
        apple.stubFor(get(urlPathEqualTo(path(appId, 1))).willReturn(feed(body)));
        apple.stubFor(get(urlPathEqualTo(path(appId, 2))).willReturn(feed(page())));
        String id = source(appId);

        poller.poll(id);

        assertThat(posts(id)).extracting(p -> p.get("externalId")).containsExactlyInAnyOrder("200", "199");
        assertThat(view(id).getString("health.lastError")).contains("6 item(s) refused")
                .contains("review 201: im:rating").contains("not 1 to 5 stars").contains("review 203: no text");
    }

    @Test
    void recordsServerErrorsMalformedBodiesAndTimeouts() {
        String down = app();
        apple.stubFor(get(urlPathEqualTo(path(down, 1))).willReturn(aResponse().withStatus(500)
                .withBody("Internal Server Error")));
        String first = source(down);
        poller.poll(first);
        assertThat(view(first).getString("health.lastError")).contains("HTTP 500");
        apple.verify(3, getRequestedFor(urlPathEqualTo(path(down, 1))));

        String broken = app();
        apple.stubFor(get(urlPathEqualTo(path(broken, 1))).willReturn(feed("{\"feed\": {\"entry\": [{\"id\": ")));
        String second = source(broken);
        poller.poll(second);
        assertThat(view(second).getString("health.lastError")).contains("malformed JSON");

        String html = app();
        apple.stubFor(get(urlPathEqualTo(path(html, 1))).willReturn(feed("{\"errors\": []}")));
        String third = source(html);
        poller.poll(third);
        assertThat(view(third).getString("health.lastError")).contains("without a feed");

        String slow = app();
        apple.stubFor(get(urlPathEqualTo(path(slow, 1))).willReturn(feed(page()).withFixedDelay(2500)));
        String fourth = source(slow);
        poller.poll(fourth);
        assertThat(view(fourth).getString("health.lastError")).contains("did not answer within 1500 ms");
        assertThat(posts(fourth)).isEmpty();
    }

    @Test
    void waitsOutA429WithRetryAfter() {
        // A 429 stops all calls to that host for a while: a server of its own keeps the other tests going.
        WireMockServer own = new WireMockServer(wireMockConfig().dynamicPort());
        own.start();
        try {
            String appId = app();
            own.stubFor(get(urlPathEqualTo(path(appId, 1))).willReturn(aResponse().withStatus(429)
                    .withHeader("Retry-After", "60").withBody("Too Many Requests")));
            String id = source(own, appId);
            poller.poll(id);
            assertThat(view(id).getString("health.lastError")).contains("rate limited").contains("HTTP 429");
            assertThat(Instant.parse(view(id).getString("health.nextPollAt")))
                    .isAfter(Instant.now().plus(Duration.ofSeconds(50)));
            own.verify(1, getRequestedFor(urlPathEqualTo(path(appId, 1))));
        } finally {
            own.stop();
        }
    }

    @Test
    void checksTheSettings() {
        Map<String, Object> body = new HashMap<>(Map.of("type", "app-store", "appId", "pizza", "country", "us"));
        Api.admin().contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(400);
        body.put("appId", "id284882215");
        body.put("country", "usa");
        Api.admin().contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(400);
        body.put("country", "u1");
        Api.admin().contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(400);
        body.put("country", "GB");
        body.put("baseUrl", apple.baseUrl());
        body.put("enabled", false);
        Map<String, Object> created = Api.createSource(body);
        assertThat(created.get("appId")).isEqualTo("284882215");
        assertThat(created.get("country")).isEqualTo("gb");
        Api.admin().contentType(ContentType.JSON).body(Map.of("country", "it"))
                .patch("/api/v1/sources/" + created.get("id")).then().statusCode(200).body("country",
                        org.hamcrest.Matchers.equalTo("it"));
    }
}
