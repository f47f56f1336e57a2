package io.replydesk.collector.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.platform.mastodon.MastodonFixtures;
import io.replydesk.collector.service.SourcePoller;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The health {@code state} of a source as the API shows it, through polls that fail, recover and warn. */
@QuarkusTest
class SourceHealthStateTest {

    /** One server per test: a 429 spends the request budget of the whole server. */
    WireMockServer platform;

    @Inject
    SourcePoller poller;

    @BeforeEach
    void start() {
        platform = new WireMockServer(wireMockConfig().dynamicPort());
        platform.start();
    }

    @AfterEach
    void stop() {
        platform.stop();
    }

    @Test
    void aFeedThatFailsShowsFailingAndOnceItRecoversOkWhileTheLastErrorStaysOnRecord() throws Exception {
        platform.stubFor(get(urlEqualTo("/flaky.xml")).willReturn(aResponse().withStatus(503)));

        Map<String, Object> created = Api.createSource(Map.of("type", "rss", "name", "flaky",
                "url", platform.baseUrl() + "/flaky.xml", "pollInterval", "PT1S"));
        String id = (String) created.get("id");

        assertThat(((Map<?, ?>) created.get("health")).get("state")).isEqualTo("NEVER_POLLED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(state(id)).isEqualTo("FAILING"));
        assertThat(view(id).getString("health.lastError")).contains("HTTP 503");

        platform.stubFor(get(urlEqualTo("/flaky.xml")).willReturn(feed("leshow.xml")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(state(id)).isEqualTo("OK"));
        JsonPath health = view(id);
        assertThat(health.getString("health.lastError")).contains("HTTP 503");
        assertThat(Instant.parse(health.getString("health.lastSuccessAt")))
                .isAfter(Instant.parse(health.getString("health.lastErrorAt")));
        disable(id);
    }

    @Test
    void refusedItemsWarnUntilACleanPollAndARateLimitIsNotAFailure() {
        String tag = "health_" + Long.toHexString(System.nanoTime());
        String timeline = "/api/v1/timelines/tag/" + tag;
        // Disabled with a long interval, so only this test's polls run; enabled once it has polled.
        String id = (String) Api.createSource(Map.of("type", "mastodon", "name", tag, "baseUrl", platform.baseUrl(),
                "hashtag", tag, "backfill", "PT0S", "pollInterval", "PT1H", "enabled", false)).get("id");
        assertThat(state(id)).isEqualTo("DISABLED");

        platform.stubFor(get(urlPathEqualTo(timeline)).willReturn(json(MastodonFixtures.hostilePage())));
        poller.poll(id);
        JsonPath enabled = Api.admin().contentType(ContentType.JSON).body(Map.of("enabled", true))
                .patch("/api/v1/sources/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(enabled.getString("health.state")).isEqualTo("WARNING");
        assertThat(enabled.getString("health.lastError")).contains("3 item(s) refused");

        platform.stubFor(get(urlPathEqualTo(timeline)).willReturn(json("[]")));
        poller.poll(id);
        assertThat(state(id)).isEqualTo("OK");
        assertThat(view(id).getString("health.lastError")).contains("3 item(s) refused");

        platform.stubFor(get(urlPathEqualTo(timeline)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "120").withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Too many requests\"}")));
        poller.poll(id);
        assertThat(state(id)).isEqualTo("RATE_LIMITED");
        assertThat(view(id).getString("health.lastError")).startsWith("rate limited: ").contains("HTTP 429");

        disable(id);
        assertThat(state(id)).isEqualTo("DISABLED");
        assertThat(view(id).getString("health.lastError")).contains("HTTP 429");
    }

    @Test
    void aWebhookSourceIsPushedNotPolled() {
        String id = (String) Api.createSource(Map.of("type", "webhook", "name", "pushed")).get("id");

        assertThat(state(id)).isEqualTo("PUSH");
        Api.admin().get("/api/v1/sources").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.health.state", equalTo("PUSH"));
    }

    private static String state(String id) {
        return view(id).getString("health.state");
    }

    private static void disable(String id) {
        Api.admin().contentType(ContentType.JSON).body(Map.of("enabled", false)).patch("/api/v1/sources/" + id)
                .then().statusCode(200);
    }

    private static ResponseDefinitionBuilder feed(String fixture) throws IOException {
        try (InputStream in = SourceHealthStateTest.class.getResourceAsStream("/fixtures/rss/" + fixture)) {
            return aResponse().withHeader("Content-Type", "application/rss+xml").withBody(in.readAllBytes());
        }
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
