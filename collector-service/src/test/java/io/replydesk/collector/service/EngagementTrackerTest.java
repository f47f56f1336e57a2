package io.replydesk.collector.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.EngagementWatch;
import io.replydesk.collector.platform.bluesky.BlueskyFixtures;
import io.replydesk.collector.platform.mastodon.MastodonFixtures;
import io.replydesk.collector.platform.reddit.RedditFixtures;
import io.replydesk.collector.platform.reddit.RedditStubResource;
import io.replydesk.events.EventCodec;
import io.replydesk.events.PostObserved;
import io.replydesk.events.Topics;
import io.replydesk.stack.test.TestKafka;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Engagement tracking against WireMock stand-ins for Mastodon, Bluesky and Reddit. */
@QuarkusTest
class EngagementTrackerTest {

    static WireMockServer platform;

    @Inject
    SourcePoller poller;

    @Inject
    EngagementTracker tracker;

    @BeforeAll
    static void start() {
        platform = new WireMockServer(wireMockConfig().dynamicPort());
        platform.start();
        platform.stubFor(post(urlPathEqualTo("/xrpc/com.atproto.server.createSession"))
                .willReturn(json(BlueskyFixtures.text("session.json"))));
    }

    @AfterAll
    static void stop() {
        platform.stop();
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static String unique(String name) {
        return name + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String mastodon(String tag) {
        return (String) Api.createSource(Map.of("type", "mastodon", "name", tag, "baseUrl", platform.baseUrl(),
                "hashtag", tag, "enabled", false)).get("id");
    }

    /** The documentation's example status under a new id and date, with the given counters. */
    static ObjectNode status(String id, Instant createdAt, long favourites, long reblogs, long replies) {
        return MastodonFixtures.object("status_docs_example.json").put("id", id)
                .put("created_at", createdAt.toString()).put("favourites_count", favourites)
                .put("reblogs_count", reblogs).put("replies_count", replies);
    }

    static void timeline(String tag, ObjectNode... statuses) {
        platform.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
                .willReturn(json(MastodonFixtures.page(statuses))));
    }

    static void makeDue(String sourceId) {
        QuarkusTransaction.requiringNew().run(() -> EngagementWatch.update(
                "nextRefreshAt = ?1 where sourceId = ?2", Instant.now().minusSeconds(1), sourceId));
    }

    static Map<String, EngagementWatch> watches(String sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> EngagementWatch.<EngagementWatch>list("sourceId", sourceId)
                .stream().collect(java.util.stream.Collectors.toMap(w -> w.externalId, w -> w)));
    }

    static List<PostObserved> observed(String postId, int min) {
        return TestKafka.await(Topics.POSTS_OBSERVED, r -> postId.equals(r.key()), min, Duration.ofSeconds(20))
                .stream().map(r -> EventCodec.fromJson(r.value(), PostObserved.class)).toList();
    }

    static long published(String postId) {
        return TestKafka.readAll(Topics.POSTS_OBSERVED).stream().filter(r -> postId.equals(r.key())).count();
    }

    static Instant minutesAgo(long minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void publishesANewVersionOnlyWhenACounterMoved() {
        String tag = unique("virality");
        timeline(tag, status("9001", minutesAgo(10), 1, 0, 0), status("9002", minutesAgo(12), 4, 1, 1));
        String id = mastodon(tag);
        poller.poll(id);
        assertThat(observed(id + ":9001", 1)).hasSize(1);
        assertThat(observed(id + ":9002", 1)).hasSize(1);
        assertThat(watches(id)).containsOnlyKeys("9001", "9002");

        platform.stubFor(get(urlPathEqualTo("/api/v1/statuses/9001"))
                .willReturn(json(status("9001", minutesAgo(10), 7, 2, 1).toString())));
        platform.stubFor(get(urlPathEqualTo("/api/v1/statuses/9002"))
                .willReturn(json(status("9002", minutesAgo(12), 4, 1, 1).toString())));
        makeDue(id);
        EngagementTracker.Refresh refresh = tracker.refresh(id);

        assertThat(refresh).isEqualTo(new EngagementTracker.Refresh(2, 1, null));
        List<PostObserved> versions = observed(id + ":9001", 2);
        assertThat(versions).extracting(PostObserved::version).containsExactly(1, 2);
        PostObserved latest = versions.get(1);
        assertThat(latest.engagement().likes()).isEqualTo(7);
        assertThat(latest.engagement().shares()).isEqualTo(2);
        assertThat(latest.engagement().replies()).isEqualTo(1);
        assertThat(latest.text()).isEqualTo(versions.get(0).text());
        assertThat(published(id + ":9002")).isEqualTo(1);
        Api.admin().get("/api/v1/posts?sourceId=" + id).then().statusCode(200)
                .body("find { it.externalId == '9001' }.engagement.likes", org.hamcrest.Matchers.equalTo(7));

        // Young posts come back after 5 minutes; nothing is due right now, so nothing is asked.
        Map<String, EngagementWatch> after = watches(id);
        assertThat(after.get("9001").refreshes).isEqualTo(1);
        assertThat(after.get("9001").nextRefreshAt).isCloseTo(Instant.now().plus(Duration.ofMinutes(5)),
                within(30, ChronoUnit.SECONDS));
        assertThat(tracker.refresh(id)).isEqualTo(new EngagementTracker.Refresh(0, 0, null));
        platform.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/statuses/9001")));
    }

    @Test
    void followsYoungPostsOftenOlderOnesLessAndOldOnesNotAtAll() {
        String tag = unique("decay");
        timeline(tag, status("8004", minutesAgo(10), 0, 0, 0), status("8003", minutesAgo(120), 0, 0, 0),
                status("8002", minutesAgo(600), 0, 0, 0), status("8001", minutesAgo(3 * 24 * 60), 0, 0, 0));
        String id = mastodon(tag);
        Instant polled = Instant.now();
        poller.poll(id);

        Map<String, EngagementWatch> watches = watches(id);
        assertThat(watches).containsOnlyKeys("8004", "8003", "8002");
        assertThat(watches.get("8004").nextRefreshAt).isCloseTo(polled.plus(Duration.ofMinutes(5)),
                within(30, ChronoUnit.SECONDS));
        assertThat(watches.get("8003").nextRefreshAt).isCloseTo(polled.plus(Duration.ofMinutes(30)),
                within(30, ChronoUnit.SECONDS));
        assertThat(watches.get("8002").nextRefreshAt).isCloseTo(polled.plus(Duration.ofHours(2)),
                within(30, ChronoUnit.SECONDS));
        assertThat(Api.admin().get("/api/v1/sources/" + id).then().extract().jsonPath()
                .getBoolean("capabilities.engagementRefresh")).isTrue();
    }

    @Test
    void aFailingRefreshIsPostponedAndDoesNotBreakPolling() {
        String tag = unique("broken");
        timeline(tag, status("7001", minutesAgo(5), 1, 0, 0), status("7000", minutesAgo(6), 1, 0, 0));
        String id = mastodon(tag);
        poller.poll(id);
        platform.stubFor(get(urlPathEqualTo("/api/v1/statuses/7001")).willReturn(aResponse().withStatus(500)));
        platform.stubFor(get(urlPathEqualTo("/api/v1/statuses/7000")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"Record not found\"}")));
        makeDue(id);

        EngagementTracker.Refresh refresh = tracker.refresh(id);

        assertThat(refresh.failure()).contains("HTTP 500");
        Map<String, EngagementWatch> watches = watches(id);
        // The deleted status is not followed any more; the failing one is tried again later, not at once.
        assertThat(watches).containsOnlyKeys("7001");
        assertThat(watches.get("7001").failures).isEqualTo(1);
        assertThat(watches.get("7001").nextRefreshAt).isAfter(Instant.now().plus(Duration.ofMinutes(4)));

        platform.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/" + tag)).withQueryParam("min_id",
                equalTo("7001")).willReturn(json(MastodonFixtures.page(status("7002", minutesAgo(1), 0, 0, 0)))));
        poller.poll(id);
        assertThat(Api.admin().get("/api/v1/posts?sourceId=" + id).then().extract().jsonPath()
                .getList("externalId")).contains("7002");
        assertThat(Api.admin().get("/api/v1/sources/" + id).then().extract().jsonPath()
                .getString("health.lastError")).isNull();
    }

    @Test
    void blueskyRefreshesInOneBatchAndForgetsDeletedPosts() {
        String rkeyA = "3lrefresha" + UUID.randomUUID().toString().substring(0, 3);
        String rkeyB = "3lrefreshb" + UUID.randomUUID().toString().substring(0, 3);
        ObjectNode a = BlueskyFixtures.laterPost(0, rkeyA, minutesAgo(3).toString()).put("likeCount", 1);
        ObjectNode b = BlueskyFixtures.laterPost(1, rkeyB, minutesAgo(4).toString()).put("likeCount", 2);
        String query = unique("refresh");
        platform.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.searchPosts")).withQueryParam("q", equalTo(query))
                .willReturn(json(BlueskyFixtures.page(null, a, b))));
        String id = (String) Api.createSource(Map.of("type", "bluesky", "name", query, "baseUrl", platform.baseUrl(),
                "query", query, "credential", "test-bluesky", "enabled", false)).get("id");
        poller.poll(id);
        String uriA = a.get("uri").asText();
        String uriB = b.get("uri").asText();
        assertThat(watches(id)).containsOnlyKeys(uriA, uriB);

        ObjectNode liked = a.deepCopy().put("likeCount", 40).put("repostCount", 3).put("quoteCount", 2);
        platform.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPosts")).withQueryParam("uris", havingExactly(
                uriA, uriB)).willReturn(json(BlueskyFixtures.page(null, liked))));
        makeDue(id);

        assertThat(tracker.refresh(id)).isEqualTo(new EngagementTracker.Refresh(2, 1, null));
        PostObserved latest = observed(id + ":" + uriA, 2).get(1);
        assertThat(latest.engagement().likes()).isEqualTo(40);
        assertThat(latest.engagement().shares()).isEqualTo(5);
        assertThat(watches(id)).containsOnlyKeys(uriA);
        platform.verify(1, getRequestedFor(urlPathEqualTo("/xrpc/app.bsky.feed.getPosts")));
    }

    @Test
    void redditRefreshesByFullnameInOneBatch() {
        WireMock reddit = RedditStubResource.client();
        reddit.register(post(urlPathEqualTo("/api/v1/access_token")).willReturn(json(RedditFixtures.text(
                "token.json"))));
        String sub = "refresh" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String x = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String y = "y" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        long now = Instant.now().getEpochSecond();
        ObjectNode first = RedditFixtures.laterSubmission(x, now - 300);
        ObjectNode second = RedditFixtures.laterSubmission(y, now - 400);
        reddit.register(get(urlPathEqualTo("/r/" + sub + "/new.json"))
                .willReturn(json(RedditFixtures.listing(null, first, second))));
        String id = (String) Api.createSource(Map.of("type", "reddit", "name", sub, "subreddit", sub,
                "credential", "test-reddit", "enabled", false)).get("id");
        poller.poll(id);
        assertThat(watches(id)).containsOnlyKeys("t3_" + x, "t3_" + y);

        ObjectNode upvoted = first.deepCopy();
        ((ObjectNode) upvoted.get("data")).put("score", 512).put("num_comments", 64);
        reddit.register(get(urlPathEqualTo("/api/info")).withQueryParam("id", equalTo("t3_" + x + ",t3_" + y))
                .willReturn(json(RedditFixtures.listing(null, upvoted, second))));
        makeDue(id);

        assertThat(tracker.refresh(id)).isEqualTo(new EngagementTracker.Refresh(2, 1, null));
        PostObserved latest = observed(id + ":t3_" + x, 2).get(1);
        assertThat(latest.engagement().likes()).isEqualTo(512);
        assertThat(latest.engagement().replies()).isEqualTo(64);
        assertThat(published(id + ":t3_" + y)).isEqualTo(1);
    }
}
