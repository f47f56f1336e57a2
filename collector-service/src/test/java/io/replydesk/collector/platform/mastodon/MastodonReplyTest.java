package io.replydesk.collector.platform.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.Approvals.approve;
import static io.replydesk.collector.Approvals.outcome;
import static io.replydesk.collector.platform.mastodon.MastodonPollingTest.tag;
import static io.replydesk.collector.platform.mastodon.MastodonPollingTest.timeline;
import static io.replydesk.collector.platform.SourceViews.posts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.service.SourcePoller;
import io.replydesk.events.EventCodec;
import io.replydesk.events.PostObserved;
import io.replydesk.events.ReplyApproved;
import io.replydesk.events.ReplyFailed;
import io.replydesk.events.ReplyPosted;
import io.replydesk.events.Topics;
import io.replydesk.stack.test.TestKafka;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Mastodon loop end to end against a stub serving recorded payloads: the parent status is polled and
 * observed, an approval arrives on Kafka, exactly one reply reaches the server and ReplyPosted goes out.
 */
@QuarkusTest
class MastodonReplyTest {

    private static final String PARENT = "117020583245459824";
    private static final String REPLY = "117020583258292382";
    private static final String STATUSES = "/api/v1/statuses";

    WireMockServer server;

    @Inject
    SourcePoller poller;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/v1/accounts/verify_credentials")).willReturn(json(
                MastodonFixtures.text("verify_credentials.json"))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A source whose tag timeline holds the recorded parent status. */
    private String sourceWithParent(boolean scheduled) {
        String tag = tag("e2e");
        server.stubFor(timeline(tag).withQueryParam("min_id", absent())
                .willReturn(json(MastodonFixtures.page(MastodonFixtures.object("status_parent.json")))));
        server.stubFor(timeline(tag).atPriority(10).willReturn(json("[]")));
        return (String) Api.createSource(Map.of("type", "mastodon", "name", "e2e", "baseUrl", server.baseUrl(),
                "hashtag", tag, "credential", "test-mastodon", "pollInterval", "PT1S", "enabled", scheduled))
                .get("id");
    }

    @Test
    void postsExactlyOneReplyEvenWhenTheFirstAttemptTimesOutAfterReachingTheServer() {
        String sourceId = sourceWithParent(true);
        String postId = sourceId + ":" + PARENT;
        await().atMost(Duration.ofSeconds(30)).until(() -> !posts(sourceId).isEmpty());
        assertThat(posts(sourceId)).singleElement()
                .satisfies(p -> assertThat(p.get("text")).isEqualTo("Toot, finally!"));
        PostObserved observed = EventCodec.fromJson(TestKafka.await(Topics.POSTS_OBSERVED,
                r -> postId.equals(r.key()), 1, Duration.ofSeconds(20)).get(0).value(), PostObserved.class);
        assertThat(observed.replyable()).isTrue();
        assertThat(observed.author().handle()).isEqualTo("mastodonpy_test_2");

        // The server makes the status but answers too late; the thread then shows our reply.
        server.stubFor(post(urlPathEqualTo(STATUSES)).willReturn(json(MastodonFixtures.text("status_reply.json"))
                .withFixedDelay(2500)));
        server.stubFor(get(urlPathEqualTo("/api/v1/statuses/" + PARENT + "/context"))
                .willReturn(json(MastodonFixtures.text("context_with_reply.json"))));
        ReplyApproved approval = approve(sourceId, PARENT, "same!");

        assertThat(outcome(approval)).isInstanceOfSatisfying(ReplyPosted.class, posted -> {
            assertThat(posted.platformReplyId()).isEqualTo(REPLY);
            assertThat(posted.url()).isEqualTo("http://localhost:3000/@admin/" + REPLY);
        });
        server.verify(1, postRequestedFor(urlPathEqualTo(STATUSES)));
        server.verify(postRequestedFor(urlPathEqualTo(STATUSES))
                .withHeader("Idempotency-Key", equalTo(approval.idempotencyKey()))
                .withHeader("Authorization", equalTo("Bearer rd-test-token-7d1f"))
                .withRequestBody(matchingJsonPath("$.in_reply_to_id", equalTo(PARENT)))
                .withRequestBody(matchingJsonPath("$.status", equalTo("@mastodonpy_test_2 same!")))
                .withRequestBody(matchingJsonPath("$.visibility", equalTo("public"))));
        Api.admin().get("/api/v1/replies?sourceId=" + sourceId).then().statusCode(200)
                .body("[0].platformReplyId", org.hamcrest.Matchers.equalTo(REPLY))
                .body("[0].status", org.hamcrest.Matchers.equalTo("POSTED"));
    }

    @Test
    void retriesWithTheSameKeyWhenTheTimedOutAttemptMadeNothing() {
        String sourceId = sourceWithParent(false);
        poller.poll(sourceId);
        server.stubFor(post(urlPathEqualTo(STATUSES)).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(504).withFixedDelay(2500)).willSetStateTo("up"));
        server.stubFor(post(urlPathEqualTo(STATUSES)).inScenario("lost").whenScenarioStateIs("up")
                .willReturn(json(MastodonFixtures.text("status_reply.json"))));
        server.stubFor(get(urlPathEqualTo("/api/v1/statuses/" + PARENT + "/context"))
                .willReturn(json(MastodonFixtures.text("context_without_reply.json"))));
        ReplyApproved approval = approve(sourceId, PARENT, "same!");

        assertThat(outcome(approval)).isInstanceOf(ReplyPosted.class);
        server.verify(2, postRequestedFor(urlPathEqualTo(STATUSES))
                .withHeader("Idempotency-Key", equalTo(approval.idempotencyKey())));
    }

    @Test
    void reportsTheServersReasonWhenItRefusesTheReply() {
        String sourceId = sourceWithParent(false);
        server.stubFor(post(urlPathEqualTo(STATUSES)).willReturn(json(MastodonFixtures.text("post_status_422.json"))
                .withStatus(422)));
        ReplyApproved approval = approve(sourceId, PARENT, " ");

        assertThat(outcome(approval)).isInstanceOfSatisfying(ReplyFailed.class, failed -> {
            assertThat(failed.reason()).contains("422").contains("Validation failed: Text can't be blank");
            assertThat(failed.retryable()).isFalse();
        });
        server.verify(1, postRequestedFor(urlPathEqualTo(STATUSES)));
    }

    @Test
    void refusesRepliesLongerThanTheServerAllowsWithoutCallingIt() {
        String sourceId = sourceWithParent(false);
        ReplyApproved approval = approve(sourceId, PARENT, "x".repeat(501));

        assertThat(outcome(approval)).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("at most 500"));
        server.verify(0, postRequestedFor(urlPathEqualTo(STATUSES)));
    }
}
