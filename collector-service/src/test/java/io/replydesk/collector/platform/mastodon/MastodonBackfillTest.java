package io.replydesk.collector.platform.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.platform.mastodon.MastodonPollingTest.tag;
import static io.replydesk.collector.platform.mastodon.MastodonPollingTest.timeline;
import static io.replydesk.collector.platform.SourceViews.posts;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.service.SourcePoller;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Back-fill of a new hashtag source: older pages with max_id (Link rel="next") until the window is covered, then
 * forward paging with min_id. Each test has a server of its own, so rate budgets do not leak between tests.
 */
@QuarkusTest
class MastodonBackfillTest {

    WireMockServer server;
    Instant now;

    @Inject
    SourcePoller poller;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        now = Instant.now();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** The documentation's example status, created {@code minutesAgo} before the test, with a matching id. */
    ObjectNode status(int minutesAgo) {
        Instant at = now.minus(Duration.ofMinutes(minutesAgo));
        return MastodonFixtures.object("status_docs_example.json").put("id", MastodonIds.at(at))
                .put("created_at", at.toString());
    }

    ResponseDefinitionBuilder page(String tag, String olderThan, ObjectNode... statuses) {
        String link = "<" + server.baseUrl() + "/api/v1/timelines/tag/" + tag + "?min_id="
                + statuses[0].get("id").asText() + ">; rel=\"prev\"";
        if (olderThan != null) {
            link = "<" + server.baseUrl() + "/api/v1/timelines/tag/" + tag + "?max_id=" + olderThan
                    + ">; rel=\"next\", " + link;
        }
        return aResponse().withHeader("Content-Type", "application/json").withHeader("Link", link)
                .withBody(MastodonFixtures.page(statuses));
    }

    String source(String tag, String backfill) {
        return (String) Api.createSource(Map.of("type", "mastodon", "name", tag, "baseUrl", server.baseUrl(),
                "hashtag", tag, "backfill", backfill, "enabled", false)).get("id");
    }

    @Test
    void readsOlderPagesBackToTheWindowThenPagesForward() {
        String tag = tag("backfill");
        ObjectNode s1 = status(10);
        ObjectNode s2 = status(20);
        ObjectNode s3 = status(70);
        ObjectNode s4 = status(80);
        ObjectNode s5 = status(100);
        ObjectNode s6 = status(180);
        String id2 = s2.get("id").asText();
        String id4 = s4.get("id").asText();
        String id6 = s6.get("id").asText();
        server.stubFor(timeline(tag).withQueryParam("min_id", absent()).withQueryParam("max_id", absent())
                .willReturn(page(tag, id2, s1, s2)));
        server.stubFor(timeline(tag).withQueryParam("max_id", equalTo(id2)).willReturn(page(tag, id4, s3, s4)));
        server.stubFor(timeline(tag).withQueryParam("max_id", equalTo(id4)).willReturn(page(tag, id6, s5, s6)));
        server.stubFor(timeline(tag).withQueryParam("min_id", equalTo(s1.get("id").asText()))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        String id = source(tag, "PT2H");

        poller.poll(id);

        // s6 is three hours old: outside the two-hour window, so neither taken in nor followed further back
        assertThat(posts(id)).extracting(p -> p.get("externalId")).containsExactlyInAnyOrder(
                s1.get("id").asText(), id2, s3.get("id").asText(), id4, s5.get("id").asText());
        server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("max_id", equalTo(id6)));
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("min_id", equalTo(s1.get("id").asText())));
        assertThat(view(id).getString("backfill")).isEqualTo("PT2H");

        poller.poll(id);
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("max_id", equalTo(id2)));
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("min_id", equalTo(s1.get("id").asText())));
    }

    @Test
    void resumesAnInterruptedBackfillWhereItStoppedAfterARateLimit() throws InterruptedException {
        String tag = tag("resume");
        ObjectNode s1 = status(5);
        ObjectNode s2 = status(15);
        ObjectNode s3 = status(25);
        ObjectNode s4 = status(35);
        String id2 = s2.get("id").asText();
        server.stubFor(timeline(tag).withQueryParam("min_id", absent()).withQueryParam("max_id", absent())
                .willReturn(page(tag, id2, s1, s2)));
        server.stubFor(timeline(tag).withQueryParam("max_id", equalTo(id2)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "1").withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Too many requests\"}")));
        server.stubFor(timeline(tag).withQueryParam("min_id", equalTo(s1.get("id").asText()))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        String id = source(tag, "PT24H");

        poller.poll(id);
        assertThat(posts(id)).hasSize(2);
        assertThat(view(id).getString("health.lastError")).contains("rate limited").contains("HTTP 429");

        // The timeline ends after this page: no rel="next".
        server.stubFor(timeline(tag).withQueryParam("max_id", equalTo(id2)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(MastodonFixtures.page(s3, s4))));
        Thread.sleep(3000); // Retry-After, and the emptied token bucket refilling (300 per 5 minutes)
        poller.poll(id);

        assertThat(posts(id)).extracting(p -> p.get("externalId")).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                s1.get("id").asText(), id2, s3.get("id").asText(), s4.get("id").asText());
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("min_id", absent()).withQueryParam("max_id", absent()));
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("max_id", equalTo(id2)));
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("min_id", equalTo(s1.get("id").asText())));
    }

    @Test
    void stopsAtThePageLimitEvenInsideTheWindow() {
        String tag = tag("capped");
        ObjectNode[] statuses = new ObjectNode[10];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = status(5 + 10 * i);
        }
        server.stubFor(timeline(tag).withQueryParam("min_id", absent()).withQueryParam("max_id", absent())
                .willReturn(page(tag, statuses[1].get("id").asText(), statuses[0], statuses[1])));
        for (int i = 1; i + 2 < statuses.length; i += 2) {
            server.stubFor(timeline(tag).withQueryParam("max_id", equalTo(statuses[i].get("id").asText()))
                    .willReturn(page(tag, statuses[i + 2].get("id").asText(), statuses[i + 1], statuses[i + 2])));
        }
        server.stubFor(timeline(tag).withQueryParam("min_id", equalTo(statuses[0].get("id").asText()))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        String id = source(tag, "PT24H");

        poller.poll(id);
        poller.poll(id);

        // the test profile allows 3 older pages: the newest page and three more, then forward paging
        assertThat(posts(id)).hasSize(8);
        server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("max_id", equalTo(statuses[7].get("id").asText())));
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("min_id", equalTo(statuses[0].get("id").asText())));
    }

    @Test
    void aZeroBackfillTakesTheNewestPageOnly() {
        String tag = tag("nobackfill");
        ObjectNode s1 = status(5);
        ObjectNode s2 = status(15);
        server.stubFor(timeline(tag).withQueryParam("max_id", absent())
                .willReturn(page(tag, s2.get("id").asText(), s1, s2)));
        String id = source(tag, "PT0S");

        poller.poll(id);

        assertThat(posts(id)).hasSize(2);
        server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withQueryParam("max_id", equalTo(s2.get("id").asText())));
    }
}
