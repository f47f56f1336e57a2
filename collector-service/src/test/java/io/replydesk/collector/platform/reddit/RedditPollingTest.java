package io.replydesk.collector.platform.reddit;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.replydesk.collector.platform.SourceViews.posts;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Polling Reddit listings from the reddit.com stand-in serving the recorded payloads, good and bad. */
@QuarkusTest
class RedditPollingTest {

    static final String TOKEN = "/api/v1/access_token";

    WireMock reddit;

    @Inject
    SourcePoller poller;

    @BeforeEach
    void stub() {
        reddit = RedditStubResource.client();
        reddit.register(post(urlPathEqualTo(TOKEN)).willReturn(json(RedditFixtures.text("token.json"))));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body);
    }

    static String subreddit(String name) {
        return name + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A source the scheduler leaves alone (disabled), so each test decides when it polls. */
    static String source(Map<String, Object> settings) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", "reddit", "name", "reddit",
                "credential", "test-reddit", "enabled", false));
        body.putAll(settings);
        return (String) Api.createSource(body).get("id");
    }

    static MappingBuilder newIn(String subreddit) {
        return get(urlPathEqualTo("/r/" + subreddit + "/new.json"));
    }

    @Test
    void sweepsBackWithAfterUntilItReachesWhatItHadAndResumesAfterTheLastPageTakenIn() {
        String sub = subreddit("paging");
        reddit.register(newIn(sub).withQueryParam("after", absent()).inScenario(sub)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("newer")
                .willReturn(json(RedditFixtures.text("listing_search_posts.json"))));
        // Newest first 1595787264 (2020-07-26T18:14:24Z); the next sweep must reach 10 minutes before it.
        reddit.register(newIn(sub).withQueryParam("after", absent()).inScenario(sub).whenScenarioStateIs("newer")
                .willReturn(json(RedditFixtures.listing("t3_new2",
                        RedditFixtures.laterSubmission("new1", 1595790000L),
                        RedditFixtures.laterSubmission("new2", 1595789000L)))));
        reddit.register(newIn(sub).withQueryParam("after", equalTo("t3_new2")).willReturn(aResponse()
                .withStatus(500)));
        String id = source(Map.of("subreddit", "r/" + sub));

        poller.poll(id);
        assertThat(posts(id)).hasSize(2);
        poller.poll(id);
        // The newer page was taken in and the sweep's place stored before the older page failed.
        assertThat(posts(id)).hasSize(4);
        assertThat(view(id).getString("health.lastError")).contains("HTTP 500");

        reddit.register(newIn(sub).withQueryParam("after", equalTo("t3_new2")).willReturn(json(
                RedditFixtures.listing("t3_older", RedditFixtures.thing("listing_search_posts.json", 0),
                        RedditFixtures.thing("listing_search_posts.json", 1)))));
        poller.poll(id);
        poller.poll(id);

        assertThat(posts(id)).hasSize(4).extracting(p -> p.get("externalId")).doesNotHaveDuplicates();
        reddit.verifyThat(0, getRequestedFor(urlPathEqualTo("/r/" + sub + "/new.json"))
                .withQueryParam("after", equalTo("t3_older")));
        // Three tries at the 500 (a read is retried twice), then once more on the next poll.
        reddit.verifyThat(4, getRequestedFor(urlPathEqualTo("/r/" + sub + "/new.json"))
                .withQueryParam("after", equalTo("t3_new2")));
        reddit.verifyThat(getRequestedFor(urlPathEqualTo("/r/" + sub + "/new.json"))
                .withQueryParam("limit", equalTo("100")).withQueryParam("raw_json", equalTo("1"))
                .withHeader("Authorization", equalTo("bearer test-reddit-access-token"))
                .withHeader("User-Agent", containing("(by /u/")));
    }

    @Test
    void searchesNewestFirstAndStoresPlainTextWithEngagement() {
        String q = "praw oauth " + UUID.randomUUID().toString().substring(0, 8);
        reddit.register(get(urlPathEqualTo("/search.json")).withQueryParam("q", equalTo(q))
                .willReturn(json(RedditFixtures.text("listing_search_praw.json"))));
        String id = source(Map.of("query", q));

        poller.poll(id);

        assertThat(posts(id)).hasSize(6);
        Map<String, Object> post = posts(id).stream().filter(p -> p.get("externalId").equals("t3_3x4kt2"))
                .findFirst().orElseThrow();
        assertThat((String) post.get("text")).startsWith("[PRAW] Is there an easy way of getting a list of")
                .doesNotContain("<p>");
        assertThat(((Map<?, ?>) post.get("engagement")).get("replies")).isEqualTo(5);
        assertThat(((Map<?, ?>) post.get("author")).get("handle")).isEqualTo("GrinningMouth38");
        reddit.verifyThat(getRequestedFor(urlPathEqualTo("/search.json")).withQueryParam("q", equalTo(q))
                .withQueryParam("sort", equalTo("new")).withQueryParam("type", equalTo("link")));
        reddit.verifyThat(postRequestedFor(urlPathEqualTo(TOKEN))
                .withHeader("Authorization", equalTo("Basic cmQtdGVzdC1jbGllbnQ6cmQtdGVzdC1zZWNyZXQtNWs="))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=rd-test-refresh-8m")));
    }

    @Test
    void searchesInsideASubredditWhenGivenBoth() {
        String sub = subreddit("inside");
        reddit.register(get(urlPathEqualTo("/r/" + sub + "/search.json")).withQueryParam("restrict_sr",
                equalTo("1")).withQueryParam("q", equalTo("pizza")).willReturn(json(
                        RedditFixtures.text("listing_search_posts.json"))));
        String id = source(Map.of("query", "pizza", "subreddit", sub));

        poller.poll(id);

        assertThat(posts(id)).hasSize(2);
    }

    @Test
    void refusesBadItemsOneByOneWithReasonsInTheHealth() {
        String sub = subreddit("hostile");
        reddit.register(newIn(sub).willReturn(json(RedditFixtures.hostileListing())));
        String id = source(Map.of("subreddit", sub));

        poller.poll(id);

        assertThat(posts(id)).extracting(p -> p.get("externalId")).containsExactly("t3_3gpbiu");
        JsonPath health = view(id);
        assertThat(health.getString("health.lastSuccessAt")).isNotNull();
        assertThat(health.getString("health.lastError")).contains("4 item(s) refused").contains("in the future");
    }

    @Test
    void keepsItsPlaceWhenABodyIsMalformedSoNoGoodItemIsSkipped() {
        String sub = subreddit("malformed");
        reddit.register(newIn(sub).willReturn(json("{\"kind\": \"Listing\", \"data\": {\"children\": [")));
        String id = source(Map.of("subreddit", sub));
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("malformed JSON");

        reddit.register(newIn(sub).willReturn(json("{\"kind\": \"Listing\"}")));
        poller.poll(id);
        assertThat(view(id).getString("health.lastError")).contains("without a listing");

        reddit.register(newIn(sub).willReturn(json(RedditFixtures.text("listing_search_posts.json"))));
        poller.poll(id);
        assertThat(posts(id)).hasSize(2);
        reddit.verifyThat(3, getRequestedFor(urlPathEqualTo("/r/" + sub + "/new.json"))
                .withQueryParam("after", absent()));
    }

    @Test
    void retriesServerErrorsThenRecordsThemAndBacksOff() {
        String sub = subreddit("down");
        reddit.register(newIn(sub).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")
                .withBody("<html>all of our servers are busy right now</html>")));
        // A 503 stops the credential's calls for a while: a credential of its own keeps the other tests going.
        String id = source(Map.of("subreddit", sub, "credential", "test-reddit-busy"));

        poller.poll(id);

        JsonPath health = view(id);
        assertThat(health.getString("health.lastError")).contains("HTTP 503").contains("servers are busy");
        assertThat(Instant.parse(health.getString("health.nextPollAt"))).isAfter(Instant.now());

        String other = subreddit("gateway");
        reddit.register(get(urlPathEqualTo("/r/" + other + "/new.json")).willReturn(aResponse().withStatus(502)));
        String second = source(Map.of("subreddit", other, "credential", "test-reddit-readonly"));
        poller.poll(second);
        reddit.verifyThat(3, getRequestedFor(urlPathEqualTo("/r/" + other + "/new.json")));
        assertThat(view(second).getString("health.lastError")).contains("HTTP 502");
    }

    @Test
    void recordsATimeoutAsASourceError() {
        String sub = subreddit("slow");
        reddit.register(newIn(sub).willReturn(json(RedditFixtures.listing(null)).withFixedDelay(2500)));
        String id = source(Map.of("subreddit", sub));

        poller.poll(id);

        assertThat(view(id).getString("health.lastError")).contains("did not answer within 1500 ms");
        assertThat(posts(id)).isEmpty();
    }

    @Test
    void honoursRetryAfterOn429AndDoesNotAskAgainBeforeIt() {
        String sub = subreddit("limited");
        reddit.register(newIn(sub).willReturn(json("{\"message\": \"Too Many Requests\", \"error\": 429}")
                .withStatus(429).withHeader("Retry-After", "120")));
        String id = source(Map.of("subreddit", sub, "credential", "test-reddit-limited"));

        poller.poll(id);
        JsonPath health = view(id);
        assertThat(health.getString("health.lastError")).contains("rate limited").contains("HTTP 429")
                .contains("Too Many Requests");
        assertThat(Instant.parse(health.getString("health.nextPollAt")))
                .isAfter(Instant.now().plus(Duration.ofSeconds(100)));

        poller.poll(id);
        reddit.verifyThat(1, getRequestedFor(urlPathEqualTo("/r/" + sub + "/new.json")));
        assertThat(view(id).getString("health.lastError")).contains("request budget").contains("spent until");
    }

    @Test
    void waitsForTheResetWhenRedditSaysNothingIsLeftAndSharesTheBudgetAcrossSources() {
        String sub = subreddit("spent");
        reddit.register(newIn(sub).willReturn(json(RedditFixtures.text("listing_search_posts.json"))
                .withHeader("x-ratelimit-remaining", "0.0").withHeader("x-ratelimit-used", "600")
                .withHeader("x-ratelimit-reset", "300")));
        String first = source(Map.of("subreddit", sub, "credential", "test-reddit-spent"));
        String second = source(Map.of("subreddit", sub, "credential", "test-reddit-spent"));

        poller.poll(first);
        poller.poll(second);

        assertThat(posts(first)).hasSize(2);
        assertThat(posts(second)).isEmpty();
        assertThat(view(second).getString("health.lastError")).contains("request budget")
                .contains("test-reddit-spent").doesNotContain("rd-test-secret").doesNotContain("rd-test-refresh");
        reddit.verifyThat(1, getRequestedFor(urlPathEqualTo("/r/" + sub + "/new.json")));
    }

    @Test
    void getsANewTokenWhenRedditSays401AndReadsWithClientCredentialsAlone() {
        String sub = subreddit("expiry");
        reddit.register(newIn(sub).inScenario(sub).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("{\"message\": \"Unauthorized\", \"error\": 401}").withStatus(401))
                .willSetStateTo("renewed"));
        reddit.register(newIn(sub).inScenario(sub).whenScenarioStateIs("renewed")
                .willReturn(json(RedditFixtures.text("listing_search_posts.json"))));
        String id = source(Map.of("subreddit", sub, "credential", "test-reddit-readonly"));

        poller.poll(id);

        assertThat(posts(id)).hasSize(2);
        assertThat(view(id).getString("health.lastError")).isNull();
        assertThat(view(id).getBoolean("canReply")).isFalse();
        reddit.verifyThat(2, getRequestedFor(urlPathEqualTo("/r/" + sub + "/new.json")));
        reddit.verifyThat(postRequestedFor(urlPathEqualTo(TOKEN))
                .withRequestBody(equalTo("grant_type=client_credentials")));
    }
}
