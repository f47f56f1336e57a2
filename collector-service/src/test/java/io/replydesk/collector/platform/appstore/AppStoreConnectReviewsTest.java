package io.replydesk.collector.platform.appstore;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.Approvals.approveAndWait;
import static io.replydesk.collector.platform.SourceViews.posts;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.platform.Fixtures;
import io.replydesk.collector.service.SourcePoller;
import io.replydesk.events.ReplyPosted;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * App Store sources with an App Store Connect API key read reviews from the API (documentation-shaped payloads, see
 * fixtures/app-store/SOURCES.txt), so a reply answers the id the API gave.
 */
@QuarkusTest
class AppStoreConnectReviewsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "test-app-store-connect-reviews";
    /** A second key, so the budget the 429 test empties is not the one the other test spends. */
    static final String LIMITED_KEY = "test-app-store-connect-limited";
    static WireMockServer apple;

    @Inject
    SourcePoller poller;

    @BeforeAll
    static void start() throws Exception {
        apple = new WireMockServer(wireMockConfig().dynamicPort());
        apple.start();
        ConnectKeys.write(KEY, apple.baseUrl());
        ConnectKeys.write(LIMITED_KEY, apple.baseUrl());
    }

    @AfterAll
    static void stop() {
        apple.stop();
    }

    static ObjectNode documented() {
        return Fixtures.object("app-store/connect_customer_reviews.json");
    }

    /** A review like the documentation's, with another id and date. */
    static ObjectNode review(String id, String createdDate) {
        ObjectNode review = ((ObjectNode) documented().get("data").get(0)).deepCopy();
        review.put("id", id);
        ((ObjectNode) review.get("attributes")).put("createdDate", createdDate).put("body", "Review " + id);
        return review;
    }

    /** A page of the given reviews, linking the next one through {@code cursor} when it is not null. */
    static String page(String cursor, ObjectNode... reviews) {
        ObjectNode page = documented();
        ArrayNode data = page.putArray("data");
        for (ObjectNode review : reviews) {
            data.add(review);
        }
        ObjectNode links = page.putObject("links").put("self", "https://api.appstoreconnect.apple.com/v1/apps/1");
        if (cursor != null) {
            links.put("next", "https://api.appstoreconnect.apple.com/v1/apps/1/customerReviews?cursor=" + cursor
                    + "&sort=-createdDate&limit=2");
        }
        return page.toString();
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static MappingBuilder reviews(String appId) {
        return get(urlPathEqualTo("/v1/apps/" + appId + "/customerReviews"));
    }

    static String source(String appId, String credential) {
        return (String) Api.createSource(Map.of("type", "app-store", "name", "app " + appId, "baseUrl",
                apple.baseUrl(), "appId", appId, "credential", credential, "enabled", false)).get("id");
    }

    @Test
    void readsTheApiNewestFirstFollowsLinksNextAndAnswersTheIdsItGave() {
        String appId = AppStoreTest.app();
        apple.stubFor(reviews(appId).withQueryParam("cursor", absent())
                .willReturn(json(documented().toString().replace("APP_ID", appId))));
        String id = source(appId, KEY);

        poller.poll(id);

        assertThat(posts(id)).extracting(p -> p.get("externalId")).containsExactlyInAnyOrder(
                "00000028-b08c-0014-729e-fbd500000000", "00000028-b08c-0014-729e-fbd500000001");
        apple.verify(getRequestedFor(urlPathEqualTo("/v1/apps/" + appId + "/customerReviews"))
                .withQueryParam("sort", equalTo("-createdDate")).withQueryParam("limit", equalTo("2"))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")));
        // the first poll takes the newest page only; the public feed is not asked at all
        apple.verify(0, getRequestedFor(urlPathEqualTo("/v1/apps/" + appId + "/customerReviews"))
                .withQueryParam("cursor", equalTo("Mg.ALi9bEA")));
        apple.verify(0, getRequestedFor(urlPathMatching("/.*/rss/customerreviews/.*")));

        ObjectNode a = review("00000028-b08c-0014-729e-fbd50000000a", "2024-05-04T10:00:00-08:00");
        ObjectNode b = review("00000028-b08c-0014-729e-fbd50000000b", "2024-05-03T10:00:00-08:00");
        ObjectNode c = review("00000028-b08c-0014-729e-fbd50000000c", "2024-05-02T09:00:00-08:00");
        ObjectNode known = (ObjectNode) documented().get("data").get(0);
        apple.stubFor(reviews(appId).withQueryParam("cursor", absent()).willReturn(json(page("c2.next", a, b))));
        apple.stubFor(reviews(appId).withQueryParam("cursor", equalTo("c2.next")).willReturn(json(page("c3.older",
                c, known))));
        poller.poll(id);

        assertThat(posts(id)).hasSize(5).extracting(p -> p.get("externalId")).doesNotHaveDuplicates();
        apple.verify(1, getRequestedFor(urlPathEqualTo("/v1/apps/" + appId + "/customerReviews"))
                .withQueryParam("cursor", equalTo("c2.next")));
        apple.verify(0, getRequestedFor(urlPathEqualTo("/v1/apps/" + appId + "/customerReviews"))
                .withQueryParam("cursor", equalTo("c3.older")));

        String text = "Thanks, Anne! Glad you like it.";
        apple.stubFor(post(urlPathEqualTo("/v1/customerReviewResponses")).willReturn(json(
                AppStoreReplyTest.response("00000028-b08c-0014-729e-fbd500000000", text)).withStatus(201)));
        assertThat(approveAndWait(id, "00000028-b08c-0014-729e-fbd500000000", text)).isInstanceOf(ReplyPosted.class);
        apple.verify(1, postRequestedFor(urlPathEqualTo("/v1/customerReviewResponses")).withRequestBody(equalToJson(
                "{\"data\": {\"relationships\": {\"review\": {\"data\": {\"type\": \"customerReviews\", \"id\":"
                        + " \"00000028-b08c-0014-729e-fbd500000000\"}}}}}", true, true)));
    }

    @Test
    void refusesBadReviewsOneByOneAndKeepsItsPlaceOnBadPages() {
        String appId = AppStoreTest.app();
        ObjectNode good = review("00000028-b08c-0014-729e-fbd500000100", "2024-06-01T10:00:00-08:00");
        ObjectNode noRating = review("00000028-b08c-0014-729e-fbd500000101", "2024-06-01T09:00:00-08:00");
        ((ObjectNode) noRating.get("attributes")).remove("rating");
        ObjectNode future = review("00000028-b08c-0014-729e-fbd500000102", "2999-01-01T00:00:00-08:00");
        apple.stubFor(reviews(appId).willReturn(json("{\"data\": [")));
        String id = source(appId, LIMITED_KEY);

        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("malformed JSON");

        apple.stubFor(reviews(appId).willReturn(json("{\"errors\": [{\"status\": \"401\", \"code\": \"NOT_AUTHORIZED\","
                + " \"title\": \"Authentication credentials are missing or invalid.\", \"detail\": \"Provide a"
                + " properly configured and signed bearer token.\"}]}").withStatus(401)));
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("HTTP 401").contains("signed bearer token");

        apple.stubFor(reviews(appId).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("rate limited");

        apple.stubFor(reviews(appId).willReturn(json(page(null, good, noRating, future))));
        apple.verify(0, getRequestedFor(urlPathMatching("/.*/rss/customerreviews/.*")));
        JsonPath health = awaitPolled(id);
        assertThat(posts(id)).extracting(p -> p.get("externalId"))
                .containsExactly("00000028-b08c-0014-729e-fbd500000100");
        assertThat(health.getString("health.lastError")).contains("2 item(s) refused").contains("rating missing")
                .contains("in the future");
    }

    /** Polls until the budget the 429 emptied lets the call through. */
    private JsonPath awaitPolled(String id) {
        String before = view(id).getString("health.lastSuccessAt");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> {
            poller.poll(id);
            return !java.util.Objects.equals(view(id).getString("health.lastSuccessAt"), before);
        });
        return view(id);
    }
}
