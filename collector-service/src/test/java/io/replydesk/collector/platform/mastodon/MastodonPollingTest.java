package io.replydesk.collector.platform.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.platform.SourceViews.posts;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.service.SourcePoller;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Polling hashtag timelines from a WireMock server that serves recorded Mastodon payloads, good and bad. */
@QuarkusTest
class MastodonPollingTest {

    static WireMockServer mastodon;

    @Inject
    SourcePoller poller;

    @BeforeAll
    static void start() {
        mastodon = new WireMockServer(wireMockConfig().dynamicPort());
        mastodon.start();
    }

    @AfterAll
    static void stop() {
        mastodon.stop();
    }

    /** A source the scheduler leaves alone (disabled), so each test decides when it polls. */
    static String source(WireMockServer server, String hashtag, String credential) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", "mastodon", "name", hashtag,
                "baseUrl", server.baseUrl(), "hashtag", hashtag, "enabled", false));
        if (credential != null) {
            body.put("credential", credential);
        }
        return (String) Api.createSource(body).get("id");
    }

    static String tag(String name) {
        return name + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    static MappingBuilder timeline(String hashtag) {
        return get(urlPathEqualTo("/api/v1/timelines/tag/" + hashtag));
    }

    @Test
    void pagesForwardWithMinIdAndResumesAfterTheLastPageTakenIn() {
        String tag = tag("paging");
        mastodon.stubFor(timeline(tag).withQueryParam("min_id", absent()).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withHeader("Link", "<" + mastodon.baseUrl() + "/api/v1/timelines/tag/" + tag
                        + "?min_id=714859>; rel=\"prev\"")
                .withBody(MastodonFixtures.text("tag_timeline.json"))));
        mastodon.stubFor(timeline(tag).withQueryParam("min_id", equalTo("714859")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(MastodonFixtures.page(MastodonFixtures.object("status_reply.json"),
                        MastodonFixtures.object("status_parent.json")))));
        mastodon.stubFor(timeline(tag).withQueryParam("min_id", equalTo("117020583258292382"))
                .willReturn(aResponse().withStatus(500)));
        String id = source(mastodon, tag, null);

        poller.poll(id);
        assertThat(posts(id)).hasSize(20);
        assertThat(view(id).getString("health.lastSuccessAt")).isNotNull();

        poller.poll(id);
        // The second page was taken in and its cursor stored before the third failed.
        assertThat(posts(id)).hasSize(22);
        assertThat(view(id).getString("health.lastError")).contains("HTTP 500");

        mastodon.stubFor(timeline(tag).withQueryParam("min_id", equalTo("117020583258292382"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(MastodonFixtures.text("tag_hoot.json"))));
        mastodon.stubFor(timeline(tag).withQueryParam("min_id", equalTo("117020593741189701"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        poller.poll(id);
        poller.poll(id);

        List<Map<String, Object>> posts = posts(id);
        assertThat(posts).hasSize(23).extracting(p -> p.get("externalId")).doesNotHaveDuplicates();
        assertThat(posts).anySatisfy(p -> assertThat(p.get("text")).isEqualTo("#hoot (hashtag toot)"));
        mastodon.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("min_id", equalTo("714859")));
        mastodon.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("min_id", equalTo("117020593741189701")));
        mastodon.verify(getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("limit", equalTo("2")).withHeader("Authorization", absent()));
    }

    @Test
    void storesHtmlAsPlainTextWithEngagementAndAuthor() {
        String tag = tag("html");
        mastodon.stubFor(timeline(tag).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(MastodonFixtures.text("tag_timeline.json"))));
        String id = source(mastodon, tag, null);

        poller.poll(id);

        Map<String, Object> post = posts(id).stream().filter(p -> p.get("externalId").equals("693714"))
                .findFirst().orElseThrow();
        assertThat((String) post.get("text")).doesNotContain("<").isNotBlank();
        assertThat(post.get("kind")).isEqualTo("POST");
        assertThat(((Map<?, ?>) post.get("engagement")).get("shares")).isEqualTo(9);
        assertThat(((Map<?, ?>) post.get("author")).get("followers")).isEqualTo(1);
    }

    @Test
    void refusesHostileItemsOneByOneWithReasonsInTheHealth() {
        String tag = tag("hostile");
        mastodon.stubFor(timeline(tag).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(MastodonFixtures.hostilePage())));
        String id = source(mastodon, tag, null);

        poller.poll(id);

        assertThat(posts(id)).extracting(p -> p.get("externalId"))
                .containsExactlyInAnyOrder("103270115826048980", "103270115826048975");
        assertThat(posts(id)).anySatisfy(p -> assertThat(p.get("text")).isEqualTo("Terrible service"));
        JsonPath health = view(id);
        assertThat(health.getString("health.lastSuccessAt")).isNotNull();
        assertThat(health.getString("health.lastError")).contains("3 item(s) refused").contains("in the future");
    }

    @Test
    void keepsTheCursorWhenABodyIsMalformedSoNoGoodItemIsSkipped() {
        String tag = tag("malformed");
        mastodon.stubFor(timeline(tag).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("[{\"id\": \"1\", \"content\": ")));
        String id = source(mastodon, tag, null);

        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("malformed JSON");
        assertThat(posts(id)).isEmpty();

        mastodon.stubFor(timeline(tag).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"not a list\"}")));
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("malformed JSON");

        mastodon.stubFor(timeline(tag).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(MastodonFixtures.text("tag_hoot.json"))));
        poller.poll(id);
        assertThat(posts(id)).hasSize(1);
        mastodon.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("min_id", absent()));
    }

    @Test
    void refusesHugeBodiesWithoutReadingThemWhole() {
        String tag = tag("huge");
        String huge = "[" + ("{\"id\": \"1\", \"content\": \"" + "x".repeat(10_000) + "\"},").repeat(40)
                + "{\"id\": \"2\"}]";
        mastodon.stubFor(timeline(tag).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(huge)));
        String id = source(mastodon, tag, null);

        poller.poll(id);

        assertThat(view(id).getString("health.lastError")).contains("sent an answer larger than 262144 bytes");
        assertThat(posts(id)).isEmpty();
    }

    @Test
    void retriesServerErrorsThenRecordsThemAndBacksOff() {
        String tag = tag("down");
        mastodon.stubFor(timeline(tag).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
        String id = source(mastodon, tag, null);

        poller.poll(id);

        mastodon.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag)));
        JsonPath health = view(id);
        assertThat(health.getString("health.lastError")).contains("HTTP 502").contains("Bad gateway");
        assertThat(Instant.parse(health.getString("health.nextPollAt"))).isAfter(Instant.now());
    }

    @Test
    void aSlowSourceNeverDelaysTheOthers() {
        String slowTag = tag("stuck");
        String fastTag = tag("quick");
        mastodon.stubFor(timeline(slowTag).willReturn(aResponse().withFixedDelay(2500)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        mastodon.stubFor(timeline(fastTag).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(MastodonFixtures.text("tag_hoot.json"))));
        String slow = scheduled(slowTag);
        String fast = scheduled(fastTag);

        // One poll of the slow source takes three timed-out attempts (over 4.5 s); the fast one is done long before.
        await().atMost(Duration.ofSeconds(15)).until(() -> !posts(fast).isEmpty());
        assertThat(view(slow).getString("health.lastError")).isNull();
        Api.admin().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/v1/sources/" + slow).then().statusCode(200);
        Api.admin().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/v1/sources/" + fast).then().statusCode(200);
    }

    private static String scheduled(String hashtag) {
        return (String) Api.createSource(Map.of("type", "mastodon", "name", hashtag, "baseUrl", mastodon.baseUrl(),
                "hashtag", hashtag, "pollInterval", "PT1S")).get("id");
    }

    @Test
    void recordsATimeoutAsASourceError() {
        String tag = tag("slow");
        mastodon.stubFor(timeline(tag).willReturn(aResponse().withFixedDelay(2500)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        String id = source(mastodon, tag, null);

        poller.poll(id);

        assertThat(view(id).getString("health.lastError")).contains("did not answer within 1500 ms");
        assertThat(posts(id)).isEmpty();
    }
}
