package io.replydesk.collector.platform.reddit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.replydesk.collector.Approvals.approve;
import static io.replydesk.collector.Approvals.outcome;
import static io.replydesk.collector.platform.reddit.RedditPollingTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.events.ReplyApproved;
import io.replydesk.events.ReplyFailed;
import io.replydesk.events.ReplyPosted;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reddit replies end to end against the reddit.com stand-in serving recorded payloads: an approval arrives on
 * Kafka, exactly one comment reaches Reddit, and ReplyPosted goes out. Each test answers a thing of its own, since
 * the stand-in is shared.
 */
@QuarkusTest
class RedditReplyTest {

    private static final String COMMENT = "/api/comment";

    WireMock reddit;

    @BeforeEach
    void stub() {
        reddit = RedditStubResource.client();
        reddit.register(post(urlPathEqualTo(RedditPollingTest.TOKEN))
                .willReturn(json(RedditFixtures.text("token.json"))));
        reddit.register(get(urlPathEqualTo("/api/v1/me")).willReturn(json(RedditFixtures.text("me.json"))));
        reddit.register(get(urlPathEqualTo("/user/reddit_username/comments"))
                .willReturn(json(RedditFixtures.text("user_comments.json"))));
    }

    private static String source(String credential) {
        return (String) Api.createSource(Map.of("type", "reddit", "name", "replies", "subreddit", "subreddit",
                "credential", credential, "enabled", false)).get("id");
    }

    private static MappingBuilder commentOn(String thing) {
        return post(urlPathEqualTo(COMMENT)).withRequestBody(matching(".*thing_id=" + thing + "(&.*)?"));
    }

    private static RequestPatternBuilder commentedOn(String thing) {
        return postRequestedFor(urlPathEqualTo(COMMENT)).withRequestBody(matching(".*thing_id=" + thing + "(&.*)?"));
    }

    @Test
    void postsExactlyOneCommentEvenWhenTheFirstAttemptTimesOutAfterReachingReddit() {
        String sourceId = source("test-reddit");
        // Reddit makes the comment but answers too late; the account's newest comments then show it.
        reddit.register(commentOn("t1_test").willReturn(json(RedditFixtures.text("comment_reply_comment.json"))
                .withFixedDelay(2500)));
        ReplyApproved approval = approve(sourceId, "t1_test", "test comment");

        assertThat(outcome(approval)).isInstanceOfSatisfying(ReplyPosted.class, posted -> {
            assertThat(posted.platformReplyId()).isEqualTo("t1_test2");
            assertThat(posted.url()).isEqualTo("https://www.reddit.com/r/subreddit/comments/test1/some_thread/test2/");
        });
        reddit.verifyThat(1, commentedOn("t1_test"));
        reddit.verifyThat(commentedOn("t1_test").withRequestBody(containing("api_type=json"))
                .withRequestBody(containing("text=test+comment"))
                .withHeader("Authorization", equalTo("bearer test-reddit-access-token"))
                .withHeader("User-Agent", containing("(by /u/")));
        Api.admin().get("/api/v1/replies?sourceId=" + sourceId).then().statusCode(200)
                .body("[0].platformReplyId", org.hamcrest.Matchers.equalTo("t1_test2"))
                .body("[0].status", org.hamcrest.Matchers.equalTo("POSTED"));
    }

    @Test
    void commentsAgainWhenTheTimedOutAttemptMadeNothing() {
        String sourceId = source("test-reddit");
        reddit.register(commentOn("t3_4b1tfm").inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(504).withFixedDelay(2500)).willSetStateTo("up"));
        reddit.register(commentOn("t3_4b1tfm").inScenario("lost").whenScenarioStateIs("up")
                .willReturn(json(RedditFixtures.text("comment_reply_submission.json"))));
        ReplyApproved approval = approve(sourceId, "t3_4b1tfm", "Test reply");

        assertThat(outcome(approval)).isInstanceOfSatisfying(ReplyPosted.class, posted -> {
            assertThat(posted.platformReplyId()).isEqualTo("t1_d162ara");
            assertThat(posted.url()).isEqualTo("https://www.reddit.com/comments/4b1tfm/_/d162ara/");
        });
        reddit.verifyThat(2, commentedOn("t3_4b1tfm"));
    }

    @Test
    void reportsRedditsReasonWhenItRefusesTheComment() {
        String sourceId = source("test-reddit");
        reddit.register(commentOn("t3_locked1").willReturn(json(
                "{\"json\": {\"errors\": [[\"THREAD_LOCKED\", \"that thread is locked\", \"parent\"]]}}")));
        ReplyApproved approval = approve(sourceId, "t3_locked1", "Thanks!");

        assertThat(outcome(approval)).isInstanceOfSatisfying(ReplyFailed.class, failed -> {
            assertThat(failed.reason()).contains("THREAD_LOCKED: that thread is locked");
            assertThat(failed.retryable()).isFalse();
        });
        reddit.verifyThat(1, commentedOn("t3_locked1"));
    }

    @Test
    void triesAgainLaterWhenRedditSaysToSlowDown() {
        String sourceId = source("test-reddit");
        reddit.register(commentOn("t3_busy1").willReturn(json("{\"json\": {\"errors\": [[\"RATELIMIT\","
                + " \"you are doing that too much. try again in 5 minutes.\", \"ratelimit\"]]}}")));
        ReplyApproved approval = approve(sourceId, "t3_busy1", "Thanks!");

        assertThat(outcome(approval)).isInstanceOfSatisfying(ReplyFailed.class, failed -> {
            assertThat(failed.reason()).contains("RATELIMIT");
            assertThat(failed.retryable()).isTrue();
        });
        reddit.verifyThat(3, commentedOn("t3_busy1"));
    }

    @Test
    void refusesWhatRedditWouldNotTakeWithoutCallingIt() {
        String sourceId = source("test-reddit");
        ReplyApproved tooLong = approve(sourceId, "t3_long1", "x".repeat(10_001));
        assertThat(outcome(tooLong)).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("at most 10000"));

        ReplyApproved notReddit = approve(sourceId, "at://did:plc:x/app.bsky.feed.post/3k", "Thanks!");
        assertThat(outcome(notReddit)).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("not the fullname"));

        String readOnly = source("test-reddit-readonly");
        ReplyApproved unauthorised = approve(readOnly, "t3_ro1", "Thanks!");
        assertThat(outcome(unauthorised)).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("post the reply by hand"));
        reddit.verifyThat(0, commentedOn("t3_long1"));
        reddit.verifyThat(0, commentedOn("t3_ro1"));
    }
}
