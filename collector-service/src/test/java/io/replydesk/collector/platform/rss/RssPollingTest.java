package io.replydesk.collector.platform.rss;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RssPollingTest {

    static WireMockServer feeds;

    @BeforeAll
    static void start() {
        feeds = new WireMockServer(wireMockConfig().dynamicPort());
        feeds.start();
    }

    @AfterAll
    static void stop() {
        feeds.stop();
    }

    private static String source(String path) {
        return (String) Api.createSource(Map.of("type", "rss", "name", path,
                "url", feeds.baseUrl() + path, "pollInterval", "PT1S")).get("id");
    }

    private static JsonPath sourceView(String id) {
        return Api.admin().get("/api/v1/sources/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pollsFeedOnceThenAsksConditionally() throws Exception {
        feeds.stubFor(get(urlEqualTo("/leshow.xml")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml").withHeader("ETag", "\"v1\"")
                .withBody(FeedReaderTest.fixture("leshow.xml"))));
        feeds.stubFor(get(urlEqualTo("/leshow.xml")).withHeader("If-None-Match", equalTo("\"v1\""))
                .atPriority(1).willReturn(aResponse().withStatus(304)));

        String id = source("/leshow.xml");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> feeds.verify(
                getRequestedFor(urlEqualTo("/leshow.xml")).withHeader("If-None-Match", equalTo("\"v1\""))));
        List<Map<String, Object>> posts = Api.admin().get("/api/v1/posts?sourceId=" + id).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(posts).hasSize(4);
        assertThat(sourceView(id).getString("health.lastSuccessAt")).isNotNull();
        assertThat(sourceView(id).getString("health.lastError")).isNull();
    }

    @Test
    void recordsMalformedFeedsAndServerErrorsInTheSourceHealth() {
        feeds.stubFor(get(urlEqualTo("/broken.xml")).willReturn(aResponse().withStatus(200)
                .withBody("<rss><channel><item>")));
        feeds.stubFor(get(urlEqualTo("/down.xml")).willReturn(aResponse().withStatus(503)));

        String broken = source("/broken.xml");
        String down = source("/down.xml");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(sourceView(broken).getString("health.lastError")).contains("not a readable");
            assertThat(sourceView(down).getString("health.lastError")).contains("HTTP 503");
        });
        assertThat(Api.admin().get("/api/v1/posts?sourceId=" + broken).then().extract().jsonPath().getList("$"))
                .isEmpty();
    }

    @Test
    void aHostileFeedIsRefusedInTheHealthAndGoodEntriesOfLaterPollsStillArrive() throws Exception {
        feeds.stubFor(get(urlEqualTo("/turns-good.xml")).inScenario("hostile").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(200).withBody(FeedReaderTest.fixture("billion-laughs.xml")))
                .willSetStateTo("good"));
        feeds.stubFor(get(urlEqualTo("/turns-good.xml")).inScenario("hostile").whenScenarioStateIs("good")
                .willReturn(aResponse().withStatus(200).withBody(FeedReaderTest.fixture("leshow.xml"))));

        String id = source("/turns-good.xml");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Api.admin().get("/api/v1/posts?sourceId=" + id).then().extract().jsonPath().getList("$")).hasSize(4));
        assertThat(sourceView(id).getString("health.lastError")).as("the hostile poll was recorded")
                .contains("not a readable").containsIgnoringCase("doctype");
        assertThat(sourceView(id).getString("health.lastSuccessAt")).isNotNull();
    }
}
