package io.replydesk.collector.platform.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.platform.SourceViews.posts;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.service.SourcePoller;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Full-text search sources against a WireMock server serving recorded /api/v2/search answers. */
@QuarkusTest
class MastodonSearchTest {

    static final String SEARCH = "/api/v2/search";
    static final String NEWEST_RECORDED = "116388149027005349";

    WireMockServer server;

    @Inject
    SourcePoller poller;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    static String query() {
        return "halcy " + UUID.randomUUID().toString().substring(0, 8);
    }

    MappingBuilder search(String query) {
        return get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(query));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    Map<String, Object> body(String query) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "mastodon", "name", "search",
                "baseUrl", server.baseUrl(), "query", query, "credential", "test-mastodon", "enabled", false));
        return body;
    }

    @Test
    void sweepsBackWithMaxIdThenRaisesTheWatermarkUsedAsMinId() {
        String query = query();
        server.stubFor(search(query).withQueryParam("max_id", absent())
                .willReturn(json(MastodonFixtures.text("search_halcy.json"))));
        server.stubFor(search(query).withQueryParam("max_id", matching("[0-9]+"))
                .willReturn(json(MastodonFixtures.text("search_empty.json"))));
        Map<String, Object> created = Api.createSource(body(query));
        String id = (String) created.get("id");
        Instant createdAt = Instant.parse((String) created.get("createdAt"));

        poller.poll(id);

        assertThat(posts(id)).extracting(p -> p.get("externalId"))
                .containsExactlyInAnyOrder(NEWEST_RECORDED, "116388107849695302");
        var first = server.findAll(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("max_id", absent()));
        assertThat(first).hasSize(1);
        long minIdMillis = Long.parseLong(first.get(0).queryParameter("min_id").firstValue()) >>> 16;
        assertThat(Instant.ofEpochMilli(minIdMillis)).isCloseTo(createdAt.minus(Duration.ofHours(24)),
                org.assertj.core.api.Assertions.within(2, java.time.temporal.ChronoUnit.SECONDS));
        server.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("type", equalTo("statuses"))
                .withQueryParam("limit", equalTo("2")).withQueryParam("resolve", equalTo("false"))
                .withHeader("Authorization", equalTo("Bearer rd-test-token-7d1f")));

        ObjectNode newer = MastodonFixtures.object("status_docs_example.json").put("id", "116388149027005400")
                .put("created_at", "2026-04-11T21:17:00.000Z");
        server.stubFor(search(query).withQueryParam("min_id", equalTo(NEWEST_RECORDED))
                .withQueryParam("max_id", absent()).willReturn(json("{\"statuses\": [" + newer + "]}")));
        poller.poll(id);

        assertThat(posts(id)).hasSize(3).extracting(p -> p.get("externalId")).doesNotHaveDuplicates();
        server.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("min_id", equalTo(NEWEST_RECORDED))
                .withQueryParam("max_id", absent()));
        server.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("min_id",
                equalTo("116388149027005400")));
    }

    @Test
    void keepsItsPlaceThroughMalformedBodiesTimeoutsAndServerErrors() {
        String query = query();
        server.stubFor(search(query).withQueryParam("max_id", absent())
                .willReturn(json(MastodonFixtures.text("search_halcy.json"))));
        server.stubFor(search(query).withQueryParam("max_id", matching("[0-9]+"))
                .willReturn(json(MastodonFixtures.text("search_empty.json"))));
        String id = (String) Api.createSource(body(query)).get("id");
        poller.poll(id);
        assertThat(posts(id)).hasSize(2);

        server.stubFor(search(query).withQueryParam("min_id", equalTo(NEWEST_RECORDED))
                .willReturn(json("{\"statuses\": [{\"id\": ")));
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("malformed JSON");

        server.stubFor(search(query).withQueryParam("min_id", equalTo(NEWEST_RECORDED))
                .willReturn(json("{\"accounts\": []}")));
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("without a statuses list");

        server.stubFor(search(query).withQueryParam("min_id", equalTo(NEWEST_RECORDED))
                .willReturn(json(MastodonFixtures.text("search_empty.json")).withFixedDelay(2500)));
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("did not answer within");

        server.stubFor(search(query).withQueryParam("min_id", equalTo(NEWEST_RECORDED))
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("HTTP 502");

        server.stubFor(search(query).withQueryParam("min_id", equalTo(NEWEST_RECORDED))
                .willReturn(json(MastodonFixtures.text("search_empty.json"))));
        String before = view(id).getString("health.lastSuccessAt");
        poller.poll(id);
        assertThat(view(id).getString("health.lastSuccessAt")).isNotEqualTo(before);
        assertThat(posts(id)).hasSize(2);
        // every failed poll asked again from the same watermark: nothing was skipped
        server.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("min_id", absent()));
    }

    @Test
    void declaresWhatSearchNeedsAndRefusesSettingsItCannotHonour() {
        Map<String, Object> created = Api.createSource(body(query()));
        assertThat((String) ((Map<?, ?>) created.get("capabilities")).get("coverage"))
                .contains("read:search").contains("indexable").contains("full-text search");
        assertThat(created.get("backfill")).isEqualTo("PT24H");

        Map<String, Object> noToken = body(query());
        noToken.remove("credential");
        refused(noToken, "credential is required for a query");
        Map<String, Object> both = body(query());
        both.put("hashtag", "pizza");
        refused(both, "not both");
        Map<String, Object> tagOnly = body("#pizza");
        refused(tagOnly, "use hashtag");
        Map<String, Object> tooFar = body(query());
        tooFar.put("backfill", "P30D");
        refused(tooFar, "backfill must be between");
        refused(Map.of("type", "rss", "url", "https://example.com/feed.xml", "backfill", "PT1H"),
                "backfill applies to mastodon sources only");
    }

    static void refused(Map<String, Object> body, String reason) {
        Api.admin().contentType(ContentType.JSON).body(body).when().post("/api/v1/sources")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString(reason));
    }
}
