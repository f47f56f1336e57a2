package io.replydesk.collector.platform.trustpilot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trustpilot business-unit reviews, read-only, against a stub serving pages built from the documented example. */
@QuarkusTest
class TrustpilotTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static WireMockServer trustpilot;

    @Inject
    SourcePoller poller;

    @BeforeAll
    static void start() {
        trustpilot = new WireMockServer(wireMockConfig().dynamicPort());
        trustpilot.start();
    }

    @AfterAll
    static void stop() {
        trustpilot.stop();
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static ObjectNode example() {
        return Fixtures.object("trustpilot/business_unit_reviews.json");
    }

    static ObjectNode review(String id, String createdAt) {
        ObjectNode review = ((ObjectNode) example().get("reviews").get(0)).deepCopy();
        review.put("id", id).put("createdAt", createdAt).put("text", "Review " + id);
        return review;
    }

    /** A page of the given reviews; {@code more} adds the next-page link. */
    static String page(boolean more, ObjectNode... reviews) {
        ObjectNode answer = example();
        ArrayNode list = answer.putArray("reviews");
        for (ObjectNode review : reviews) {
            list.add(review);
        }
        if (!more) {
            answer.putArray("links");
        }
        return answer.toString();
    }

    static String unit() {
        byte[] bytes = new byte[12];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String reviews(String unit) {
        return "/v1/business-units/" + unit + "/reviews";
    }

    static void stubPage(WireMockServer server, String unit, int page, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(reviews(unit))).withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(answer));
    }

    static String source(WireMockServer server, String unit) {
        return source(server, unit, "test-trustpilot");
    }

    static String source(WireMockServer server, String unit, String credential) {
        return (String) Api.createSource(Map.of("type", "trustpilot", "name", "tp " + unit, "baseUrl",
                server.baseUrl(), "businessUnitId", unit, "credential", credential, "enabled", false))
                .get("id");
    }

    @Test
    void readsTheNewestPageFirstWithLinksAndSaysNoReplyIsPossible() {
        String unit = unit();
        stubPage(trustpilot, unit, 1, json(example().toString()));
        String id = source(trustpilot, unit);

        poller.poll(id);

        assertThat(posts(id)).extracting(p -> p.get("externalId"))
                .containsExactlyInAnyOrder("507f191e810c19729de860ea", "507f191e810c19729de860ec");
        Map<String, Object> john = posts(id).stream().filter(p -> p.get("externalId")
                .equals("507f191e810c19729de860ea")).findFirst().orElseThrow();
        assertThat(john.get("text")).isEqualTo("Very good service\n\nVery good service, but the delivery was late.");
        assertThat(john.get("rating")).isEqualTo(1);
        assertThat(john.get("kind")).isEqualTo("REVIEW");
        assertThat(john.get("createdAt")).isEqualTo("2013-09-07T13:37:00Z");
        assertThat(john.get("url")).isEqualTo("https://www.trustpilot.com/reviews/507f191e810c19729de860ea");
        assertThat(((Map<?, ?>) john.get("author")).get("displayName")).isEqualTo("John Doe");
        JsonPath source = view(id);
        assertThat(source.getString("businessUnitId")).isEqualTo(unit);
        assertThat(source.getBoolean("canReply")).isFalse();
        assertThat(source.getBoolean("capabilities.canReply")).isFalse();
        assertThat(source.getBoolean("capabilities.deepLink")).isTrue();
        trustpilot.verify(getRequestedFor(urlPathEqualTo(reviews(unit)))
                .withHeader("apikey", equalTo("rd-test-trustpilot-key-4t"))
                .withQueryParam("orderBy", equalTo("createdat.desc")).withQueryParam("perPage", equalTo("2")));
        // the first poll takes the newest page only
        trustpilot.verify(0, getRequestedFor(urlPathEqualTo(reviews(unit))).withQueryParam("page", equalTo("2")));
    }

    @Test
    void laterPollsPageBackUntilTheLastReviewTakenIn() {
        String unit = unit();
        stubPage(trustpilot, unit, 1, json(example().toString()));
        String id = source(trustpilot, unit);
        poller.poll(id);

        stubPage(trustpilot, unit, 1, json(page(true, review("a4", "2013-09-10T10:00:00.000Z"),
                review("a3", "2013-09-09T10:00:00.000Z"))));
        stubPage(trustpilot, unit, 2, json(page(true, review("a2", "2013-09-08T10:00:00.000Z"),
                review("a1", "2013-09-08T09:00:00.000Z"))));
        ObjectNode old = example();
        stubPage(trustpilot, unit, 3, json(page(true, (ObjectNode) old.get("reviews").get(0),
                (ObjectNode) old.get("reviews").get(1))));
        poller.poll(id);

        assertThat(posts(id)).hasSize(6);
        trustpilot.verify(1, getRequestedFor(urlPathEqualTo(reviews(unit))).withQueryParam("page", equalTo("3")));
        trustpilot.verify(0, getRequestedFor(urlPathEqualTo(reviews(unit))).withQueryParam("page", equalTo("4")));

        poller.poll(id);
        trustpilot.verify(3, getRequestedFor(urlPathEqualTo(reviews(unit))).withQueryParam("page", equalTo("1")));
        trustpilot.verify(1, getRequestedFor(urlPathEqualTo(reviews(unit))).withQueryParam("page", equalTo("2")));
        assertThat(view(id).getString("health.lastError")).isNull();
    }

    @Test
    void refusesBadReviewsOneByOneAndKeepsTheGoodOnes() {
        String unit = unit();
        ObjectNode noStars = review("b2", "2013-09-07T12:00:00.000Z");
        noStars.remove("stars");
        ObjectNode noText = review("b3", "2013-09-07T11:00:00.000Z").put("text", " ");
        ObjectNode future = review("b4", "2999-01-01T00:00:00.000Z");
        ObjectNode noId = review("b5", "2013-09-07T10:00:00.000Z");
        noId.remove("id");
        stubPage(trustpilot, unit, 1, json(page(false, review("b1", "2013-09-07T13:00:00.000Z"), noStars, noText,
                future, noId, review("b6", "2013-09-07T09:00:00.000Z"))));
        String id = source(trustpilot, unit);

        poller.poll(id);

        assertThat(posts(id)).extracting(p -> p.get("externalId")).containsExactlyInAnyOrder("b1", "b6");
        assertThat(view(id).getString("health.lastError")).contains("4 item(s) refused")
                .contains("review b2: stars missing not 1 to 5").contains("review b3: no text")
                .contains("review b4: createdAt 2999-01-01T00:00:00.000Z is in the future");
    }

    @Test
    void recordsRefusalsServerErrorsMalformedBodiesAndTimeouts() {
        String forbidden = unit();
        stubPage(trustpilot, forbidden, 1, json("{\"message\": \"Invalid apikey\"}").withStatus(403));
        String first = source(trustpilot, forbidden);
        poller.poll(first);
        assertThat(view(first).getString("health.lastError")).contains("HTTP 403").contains("Invalid apikey");

        String down = unit();
        stubPage(trustpilot, down, 1, aResponse().withStatus(500));
        String second = source(trustpilot, down);
        poller.poll(second);
        assertThat(view(second).getString("health.lastError")).contains("HTTP 500");
        trustpilot.verify(3, getRequestedFor(urlPathEqualTo(reviews(down))));

        String broken = unit();
        stubPage(trustpilot, broken, 1, json("{\"reviews\": [{\"id\": "));
        String third = source(trustpilot, broken);
        poller.poll(third);
        assertThat(view(third).getString("health.lastError")).contains("malformed JSON");

        String slow = unit();
        stubPage(trustpilot, slow, 1, json(page(false)).withFixedDelay(2500));
        String fourth = source(trustpilot, slow);
        poller.poll(fourth);
        assertThat(view(fourth).getString("health.lastError")).contains("did not answer within 1500 ms");
    }

    @Test
    void waitsOutA429WithRetryAfter() {
        WireMockServer own = new WireMockServer(wireMockConfig().dynamicPort());
        own.start();
        try {
            String unit = unit();
            stubPage(own, unit, 1, json("{\"message\": \"Too Many Requests\"}").withStatus(429)
                    .withHeader("Retry-After", "60"));
            String id = source(own, unit);
            poller.poll(id);
            assertThat(view(id).getString("health.lastError")).contains("rate limited")
                    .contains("Too Many Requests");
            assertThat(Instant.parse(view(id).getString("health.nextPollAt")))
                    .isAfter(Instant.now().plus(Duration.ofSeconds(50)));
        } finally {
            own.stop();
        }
    }

    @Test
    void checksTheSettings() {
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "trustpilot", "businessUnitId", "trustpilot.com",
                "credential", "test-trustpilot")).post("/api/v1/sources").then().statusCode(400);
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "trustpilot", "businessUnitId",
                "46d6a890000064000500e0c3")).post("/api/v1/sources").then().statusCode(400);
    }
}
