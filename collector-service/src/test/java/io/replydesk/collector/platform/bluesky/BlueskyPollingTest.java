package io.replydesk.collector.platform.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.platform.SourceViews.posts;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.service.SourcePoller;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Polling Bluesky search from a WireMock server that serves the recorded payloads, good and bad. */
@QuarkusTest
class BlueskyPollingTest {

    static final String SEARCH = "/xrpc/app.bsky.feed.searchPosts";
    static final String LOGIN = "/xrpc/com.atproto.server.createSession";

    static WireMockServer bluesky;

    @Inject
    SourcePoller poller;

    @BeforeAll
    static void start() {
        bluesky = server();
    }

    @AfterAll
    static void stop() {
        bluesky.stop();
    }

    /** A Bluesky stub that lets the test credential log in. */
    static WireMockServer server() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(json(BlueskyFixtures.text("session.json"))));
        return server;
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A source the scheduler leaves alone (disabled), so each test decides when it polls. */
    static String source(WireMockServer server, String query) {
        return (String) Api.createSource(Map.of("type", "bluesky", "name", query, "baseUrl", server.baseUrl(),
                "query", query, "credential", "test-bluesky", "enabled", false)).get("id");
    }

    static String query(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static MappingBuilder search(String query) {
        return get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(query));
    }

    @Test
    void sweepsBackToWhatItHadAndResumesAfterTheLastPageTakenIn() {
        String q = query("paging");
        bluesky.stubFor(search(q).withQueryParam("since", absent())
                .willReturn(json(BlueskyFixtures.text("search_redistricting.json"))));
        // 10 minutes before the newest recorded post: posts indexed late are read again, duplicates dropped.
        String since = "2025-05-19T17:00:09.561858Z";
        bluesky.stubFor(search(q).withQueryParam("since", equalTo(since)).withQueryParam("cursor", absent())
                .willReturn(json(BlueskyFixtures.page("2",
                        BlueskyFixtures.laterPost(3, "3lzaaaaaaaa2a", "2025-05-19T18:00:00.000Z"),
                        BlueskyFixtures.laterPost(1, "3lzaaaaaaaa2b", "2025-05-19T17:30:00.000Z")))));
        bluesky.stubFor(search(q).withQueryParam("since", equalTo(since)).withQueryParam("cursor", equalTo("2"))
                .willReturn(aResponse().withStatus(500)));
        String id = source(bluesky, q);

        poller.poll(id);
        assertThat(posts(id)).hasSize(25);
        assertThat(view(id).getString("health.lastSuccessAt")).isNotNull();

        poller.poll(id);
        // The newer page was taken in and the sweep's place stored before the older page failed.
        assertThat(posts(id)).hasSize(27);
        assertThat(view(id).getString("health.lastError")).contains("HTTP 500");

        bluesky.stubFor(search(q).withQueryParam("since", equalTo(since)).withQueryParam("cursor", equalTo("2"))
                .willReturn(json(BlueskyFixtures.page("4", BlueskyFixtures.recordedPost(0)))));
        bluesky.stubFor(search(q).withQueryParam("since", equalTo(since)).withQueryParam("cursor", equalTo("4"))
                .willReturn(json(BlueskyFixtures.page(null))));
        bluesky.stubFor(search(q).withQueryParam("since", equalTo("2025-05-19T17:50:00Z"))
                .willReturn(json(BlueskyFixtures.page(null))));
        poller.poll(id);
        poller.poll(id);

        assertThat(posts(id)).hasSize(27).extracting(p -> p.get("externalId")).doesNotHaveDuplicates();
        bluesky.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(q))
                .withQueryParam("since", equalTo(since)).withQueryParam("cursor", absent()));
        bluesky.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(q))
                .withQueryParam("since", equalTo("2025-05-19T17:50:00Z")));
        bluesky.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(q))
                .withQueryParam("sort", equalTo("latest")).withQueryParam("limit", equalTo("50"))
                .withHeader("Authorization", equalTo("Bearer test-access-jwt-1")));
    }

    @Test
    void storesTextEngagementAuthorAndWhatIsAReply() {
        String q = query("content");
        bluesky.stubFor(search(q).willReturn(json(BlueskyFixtures.text("search_redistricting.json"))));
        String id = source(bluesky, q);

        poller.poll(id);

        Map<String, Object> viral = posts(id).stream().filter(p -> ((String) p.get("externalId"))
                .endsWith("/3lpica7sxmk2u")).findFirst().orElseThrow();
        assertThat((String) viral.get("text")).startsWith("The plaintiffs in the Texas redistricting cases");
        assertThat(viral.get("kind")).isEqualTo("POST");
        assertThat(((Map<?, ?>) viral.get("engagement")).get("likes")).isEqualTo(58);
        assertThat(((Map<?, ?>) viral.get("engagement")).get("shares")).isEqualTo(14);
        assertThat(((Map<?, ?>) viral.get("author")).get("handle")).isEqualTo("mcpli.bsky.social");
        assertThat(posts(id)).filteredOn(p -> "COMMENT".equals(p.get("kind"))).hasSize(12);
        assertThat(view(id).getBoolean("canReply")).isTrue();
    }

    @Test
    void refusesBadPostsOneByOneWithReasonsInTheHealth() {
        String q = query("hostile");
        bluesky.stubFor(search(q).willReturn(json(BlueskyFixtures.hostilePage())));
        String id = source(bluesky, q);

        poller.poll(id);

        assertThat(posts(id)).extracting(p -> p.get("externalId"))
                .containsExactly("at://did:plc:kkergqgbhb56ptpwj2wenkje/app.bsky.feed.post/3lpk2u6qo222m");
        JsonPath health = view(id);
        assertThat(health.getString("health.lastSuccessAt")).isNotNull();
        assertThat(health.getString("health.lastError")).contains("4 item(s) refused").contains("in the future");
    }

    @Test
    void keepsItsPlaceWhenABodyIsMalformedSoNoGoodPostIsSkipped() {
        String q = query("malformed");
        bluesky.stubFor(search(q).willReturn(json("{\"posts\": [{\"uri\": ")));
        String id = source(bluesky, q);

        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("malformed JSON");

        bluesky.stubFor(search(q).willReturn(json("{\"cursor\": \"25\"}")));
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("without a list of posts");

        bluesky.stubFor(search(q).willReturn(json(BlueskyFixtures.text("search_redistricting.json"))));
        poller.poll(id);
        assertThat(posts(id)).hasSize(25);
        bluesky.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(q))
                .withQueryParam("since", absent()));
    }

    @Test
    void retriesServerErrorsThenRecordsThemAndBacksOff() {
        String q = query("down");
        bluesky.stubFor(search(q).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
        String id = source(bluesky, q);

        poller.poll(id);

        bluesky.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(q)));
        JsonPath health = view(id);
        assertThat(health.getString("health.lastError")).contains("HTTP 502").contains("Bad gateway");
        assertThat(Instant.parse(health.getString("health.nextPollAt"))).isAfter(Instant.now());
    }

    @Test
    void recordsATimeoutAsASourceError() {
        String q = query("slow");
        bluesky.stubFor(search(q).willReturn(json(BlueskyFixtures.page(null)).withFixedDelay(2500)));
        String id = source(bluesky, q);

        poller.poll(id);

        assertThat(view(id).getString("health.lastError")).contains("did not answer within 1500 ms");
        assertThat(posts(id)).isEmpty();
    }

    @Test
    void honoursRetryAfterOn429AndDoesNotAskAgainBeforeIt() {
        WireMockServer server = server();
        try {
            String q = query("limited");
            server.stubFor(search(q).willReturn(json(BlueskyFixtures.error("RateLimitExceeded",
                    "Rate Limit Exceeded")).withStatus(429).withHeader("Retry-After", "120")));
            String id = source(server, q);

            poller.poll(id);
            JsonPath health = view(id);
            assertThat(health.getString("health.lastError")).contains("rate limited").contains("HTTP 429")
                    .contains("RateLimitExceeded: Rate Limit Exceeded");
            assertThat(Instant.parse(health.getString("health.nextPollAt")))
                    .isAfter(Instant.now().plus(Duration.ofSeconds(100)));

            poller.poll(id);
            server.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
            assertThat(view(id).getString("health.lastError")).contains("request budget").contains("spent until");
        } finally {
            server.stop();
        }
    }

    @Test
    void waitsForTheResetWhenBlueskySaysNothingIsLeft() {
        WireMockServer server = server();
        try {
            String q = query("spent");
            Instant reset = Instant.now().plus(Duration.ofMinutes(5));
            server.stubFor(search(q).willReturn(json(BlueskyFixtures.text("search_redistricting.json"))
                    .withHeader("RateLimit-Limit", "3000").withHeader("RateLimit-Remaining", "0")
                    .withHeader("RateLimit-Reset", String.valueOf(reset.getEpochSecond()))
                    .withHeader("RateLimit-Policy", "3000;w=300")));
            String first = source(server, q);
            String second = source(server, q);

            poller.poll(first);
            poller.poll(second);

            assertThat(posts(first)).hasSize(25);
            assertThat(posts(second)).isEmpty();
            assertThat(view(second).getString("health.lastError")).contains("request budget")
                    .contains("test-bluesky").doesNotContain("rd-test-app-pass");
            server.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
        } finally {
            server.stop();
        }
    }

    @Test
    void logsInOnceAndAgainOnlyWhenTheTokenHasExpired() {
        WireMockServer server = server();
        try {
            String q = query("expiry");
            server.stubFor(search(q).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(json(BlueskyFixtures.page(null, BlueskyFixtures.recordedPost(0)))));
            String id = source(server, q);
            poller.poll(id);
            poller.poll(id);
            server.verify(1, postRequestedFor(urlPathEqualTo(LOGIN)).withRequestBody(equalToJson(
                    "{\"identifier\": \"bskyr.bsky.social\", \"password\": \"rd-test-app-pass-9q2x\"}")));

            server.stubFor(search(q).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(json(BlueskyFixtures.error("ExpiredToken", "Token has expired")).withStatus(400))
                    .willSetStateTo("renewed"));
            server.stubFor(search(q).inScenario("expiry").whenScenarioStateIs("renewed")
                    .willReturn(json(BlueskyFixtures.page(null, BlueskyFixtures.recordedPost(1)))));
            poller.poll(id);

            server.verify(2, postRequestedFor(urlPathEqualTo(LOGIN)));
            assertThat(posts(id)).hasSize(2);
            assertThat(view(id).getString("health.lastError")).isNull();
        } finally {
            server.stop();
        }
    }

    @Test
    void reportsAWrongAppPasswordWithoutRepeatingIt() {
        WireMockServer server = server();
        try {
            server.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(json(BlueskyFixtures.error(
                    "AuthenticationRequired", "Invalid identifier or password")).withStatus(401)));
            String q = query("badlogin");
            String id = source(server, q);

            poller.poll(id);

            assertThat(view(id).getString("health.lastError")).contains("HTTP 401")
                    .contains("Invalid identifier or password").doesNotContain("rd-test-app-pass");
            server.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)));
        } finally {
            server.stop();
        }
    }
}
