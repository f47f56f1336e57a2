package io.replydesk.collector.platform.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.platform.mastodon.MastodonPollingTest.source;
import static io.replydesk.collector.platform.mastodon.MastodonPollingTest.tag;
import static io.replydesk.collector.platform.mastodon.MastodonPollingTest.timeline;
import static io.replydesk.collector.platform.SourceViews.posts;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.service.SourcePoller;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rate limits are per credential and server, so each test gets a server of its own (its own budget) and the
 * budgets it spends never slow the other tests down.
 */
@QuarkusTest
class MastodonRateLimitTest {

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

    @Test
    void honoursRetryAfterOn429AndDoesNotAskAgainBeforeIt() {
        String tag = tag("limited");
        server.stubFor(timeline(tag).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"Too many requests\"}")));
        String id = source(server, tag, null);

        poller.poll(id);
        JsonPath health = view(id);
        assertThat(health.getString("health.lastError")).contains("rate limited").contains("HTTP 429")
                .contains("Too many requests");
        assertThat(Instant.parse(health.getString("health.nextPollAt")))
                .isAfter(Instant.now().plus(Duration.ofSeconds(100)));

        poller.poll(id);
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag)));
        assertThat(view(id).getString("health.lastError")).contains("request budget").contains("spent until");
    }

    @Test
    void waitsForTheResetWhenTheServerSaysNothingIsLeftAndSharesTheBudgetAcrossSources() {
        String tag = tag("spent");
        Instant reset = Instant.now().plus(Duration.ofMinutes(5));
        server.stubFor(timeline(tag).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withHeader("X-Ratelimit-Limit", "300").withHeader("X-Ratelimit-Remaining", "0")
                .withHeader("X-Ratelimit-Reset", reset.toString())
                .withBody(MastodonFixtures.text("tag_hoot.json"))));
        String first = source(server, tag, "test-mastodon");
        String second = source(server, tag, "test-mastodon");

        poller.poll(first);
        poller.poll(second);

        assertThat(posts(first)).hasSize(1);
        assertThat(posts(second)).isEmpty();
        assertThat(view(second).getString("health.lastError")).contains("request budget")
                .contains("test-mastodon").doesNotContain("rd-test-token");
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .withHeader("Authorization", equalTo("Bearer rd-test-token-7d1f")));
    }

    @Test
    void backsOffOn503WithoutRetryAfter() {
        String tag = tag("busy");
        server.stubFor(timeline(tag).willReturn(aResponse().withStatus(503)));
        String id = source(server, tag, null);

        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("HTTP 503");
        poller.poll(id);

        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/" + tag)));
    }
}
