package io.replydesk.collector.platform.yelp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Yelp review excerpts, read-only, from a stub serving Yelp's documented example. */
@QuarkusTest
class YelpTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static WireMockServer yelp;

    @Inject
    SourcePoller poller;

    @BeforeAll
    static void start() {
        yelp = new WireMockServer(wireMockConfig().dynamicPort());
        yelp.start();
    }

    @AfterAll
    static void stop() {
        yelp.stop();
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static ObjectNode example() {
        return Fixtures.object("yelp/reviews_docs_2016.json");
    }

    static String business(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String reviews(String business) {
        return "/v3/businesses/" + business + "/reviews";
    }

    static String source(String business) {
        return (String) Api.createSource(Map.of("type", "yelp", "name", business, "baseUrl", yelp.baseUrl(),
                "businessId", business, "credential", "test-yelp", "enabled", false)).get("id");
    }

    @Test
    void readsTheThreeExcerptsWithTheirLinksAndSaysNoReplyIsPossible() {
        String business = business("gary-danko");
        yelp.stubFor(get(urlPathEqualTo(reviews(business))).willReturn(json(example().toString())));
        String id = source(business);

        poller.poll(id);
        poller.poll(id);

        assertThat(posts(id)).hasSize(3).extracting(p -> p.get("externalId"))
                .containsExactlyInAnyOrder("OtEqx7ZndmJGqi_XR83MVQ", "1hulB9R4fB7b8AbZq4jZVg", "e_f9ELbSlKiPued9mVVTqw");
        Map<String, Object> jeremy = posts(id).stream().filter(p -> p.get("externalId")
                .equals("1hulB9R4fB7b8AbZq4jZVg")).findFirst().orElseThrow();
        assertThat(jeremy.get("text")).isEqualTo("Great food. Boring ambiance.");
        assertThat(jeremy.get("rating")).isEqualTo(4);
        assertThat(jeremy.get("kind")).isEqualTo("REVIEW");
        assertThat(jeremy.get("url"))
                .isEqualTo("https://www.yelp.com/biz/gary-danko-san-francisco?hrid=1hulB9R4fB7b8AbZq4jZVg");
        assertThat(((Map<?, ?>) jeremy.get("author")).get("displayName")).isEqualTo("Jeremy S.");
        JsonPath source = view(id);
        assertThat(source.getBoolean("canReply")).isFalse();
        assertThat(source.getBoolean("capabilities.canReply")).isFalse();
        assertThat(source.getBoolean("capabilities.deepLink")).isTrue();
        assertThat(source.getInt("capabilities.maxItemsPerPoll")).isEqualTo(3);
        assertThat(source.getString("capabilities.replyMaxLength")).isNull();
        yelp.verify(getRequestedFor(urlPathEqualTo(reviews(business)))
                .withHeader("Authorization", equalTo("Bearer rd-test-yelp-key-3v")));

        assertThat(approveAndWait(id, "1hulB9R4fB7b8AbZq4jZVg", "Thank you!")).isInstanceOfSatisfying(
                ReplyFailed.class, failed -> assertThat(failed.reason()).contains("post the reply by hand"));
    }

    @Test
    void readsTheCurrentFieldsAndRefusesBadReviewsOneByOne() {
        String business = business("current");
        ObjectNode answer = example();
        ArrayNode list = (ArrayNode) answer.get("reviews");
        ((ObjectNode) list.get(0)).put("id", "xAG4O7l-t1ubbwVAlPnDKg").put("time_created", "2016-08-29 00:41:13");
        ObjectNode noId = ((ObjectNode) list.get(1)).put("url", "https://www.yelp.com/biz/gary-danko-san-francisco");
        ObjectNode noText = ((ObjectNode) list.get(2)).put("text", "  ");
        ObjectNode future = list.get(0).deepCopy();
        future.put("id", "future1").put("time_created", "2999-01-01 00:00:00");
        list.add(future);
        yelp.stubFor(get(urlPathEqualTo(reviews(business))).willReturn(json(answer.toString())));
        String id = source(business);

        poller.poll(id);

        assertThat(posts(id)).singleElement().satisfies(p -> {
            assertThat(p.get("externalId")).isEqualTo("xAG4O7l-t1ubbwVAlPnDKg");
            assertThat(p.get("createdAt")).isEqualTo("2016-08-29T07:41:13Z");
        });
        assertThat(noId.get("id")).isNull();
        assertThat(noText.get("text").asText()).isBlank();
        assertThat(view(id).getString("health.lastError")).contains("3 item(s) refused").contains("without an id")
                .contains("no text");
    }

    @Test
    void recordsErrorsMalformedBodiesTimeoutsAndRateLimits() {
        String missing = business("missing");
        yelp.stubFor(get(urlPathEqualTo(reviews(missing))).willReturn(json("{\"error\": {\"code\":"
                + " \"BUSINESS_NOT_FOUND\", \"description\": \"The requested business could not be found.\"}}")
                .withStatus(404)));
        String first = source(missing);
        poller.poll(first);
        assertThat(view(first).getString("health.lastError")).contains("HTTP 404").contains("BUSINESS_NOT_FOUND");

        String broken = business("broken");
        yelp.stubFor(get(urlPathEqualTo(reviews(broken))).willReturn(json("{\"reviews\": [{\"text\": ")));
        String second = source(broken);
        poller.poll(second);
        assertThat(view(second).getString("health.lastError")).contains("malformed JSON");

        String down = business("down");
        yelp.stubFor(get(urlPathEqualTo(reviews(down))).willReturn(aResponse().withStatus(503)
                .withFixedDelay(2500)));
        String third = source(down);
        poller.poll(third);
        assertThat(view(third).getString("health.lastError")).contains("did not answer within 1500 ms");
        yelp.verify(3, getRequestedFor(urlPathEqualTo(reviews(down))));

        // A 429 stops the key's calls to that host for a while: a server of its own keeps the other tests going.
        WireMockServer own = new WireMockServer(wireMockConfig().dynamicPort());
        own.start();
        try {
            String limited = business("limited");
            own.stubFor(get(urlPathEqualTo(reviews(limited))).willReturn(json("{\"error\": {\"code\":"
                    + " \"TOO_MANY_REQUESTS_PER_SECOND\", \"description\": \"You have exceeded the"
                    + " queries-per-second limit for this endpoint.\"}}").withStatus(429)
                    .withHeader("Retry-After", "60")));
            String fourth = (String) Api.createSource(Map.of("type", "yelp", "name", limited, "baseUrl",
                    own.baseUrl(), "businessId", limited, "credential", "test-yelp", "enabled", false)).get("id");
            poller.poll(fourth);
            assertThat(view(fourth).getString("health.lastError")).contains("rate limited")
                    .contains("TOO_MANY_REQUESTS_PER_SECOND");
            assertThat(Instant.parse(view(fourth).getString("health.nextPollAt")))
                    .isAfter(Instant.now().plus(Duration.ofSeconds(50)));
        } finally {
            own.stop();
        }
    }
}
