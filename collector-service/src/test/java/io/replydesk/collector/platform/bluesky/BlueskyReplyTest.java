package io.replydesk.collector.platform.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.replydesk.collector.Approvals.approval;
import static io.replydesk.collector.Approvals.approve;
import static io.replydesk.collector.Approvals.outcome;
import static io.replydesk.collector.Approvals.send;
import static io.replydesk.collector.platform.bluesky.BlueskyFixtures.OUR_DID;
import static io.replydesk.collector.platform.bluesky.BlueskyFixtures.PARENT_CID;
import static io.replydesk.collector.platform.bluesky.BlueskyFixtures.PARENT_URI;
import static io.replydesk.collector.platform.bluesky.BlueskyPollingTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.events.ReplyApproved;
import io.replydesk.events.ReplyFailed;
import io.replydesk.events.ReplyPosted;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bluesky replies end to end against a stub serving recorded payloads: an approval arrives on Kafka, exactly one
 * reply record is created with the right reply references, and ReplyPosted goes out.
 */
@QuarkusTest
class BlueskyReplyTest {

    private static final String GET_RECORD = "/xrpc/com.atproto.repo.getRecord";
    private static final String CREATE_RECORD = "/xrpc/com.atproto.repo.createRecord";
    private static final String CREATED_URI = "at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lprdue7ggw26";

    WireMockServer server;

    @BeforeEach
    void start() {
        server = BlueskyPollingTest.server();
        server.stubFor(get(urlPathEqualTo(GET_RECORD)).atPriority(1).withQueryParam("rkey", equalTo("3kexwuoyqj32g"))
                .willReturn(json(BlueskyFixtures.text("get_record_parent.json"))));
        server.stubFor(get(urlPathEqualTo(GET_RECORD)).atPriority(5).willReturn(json(BlueskyFixtures.error(
                "RecordNotFound", "Could not locate record")).withStatus(400)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String source() {
        return (String) Api.createSource(Map.of("type", "bluesky", "name", "replies", "baseUrl", server.baseUrl(),
                "query", "bskyr", "credential", "test-bluesky", "enabled", false)).get("id");
    }

    private static String ourKey(ReplyApproved approval) {
        return Tid.of(approval.occurredAt(), approval.idempotencyKey());
    }

    @Test
    void postsExactlyOneReplyEvenWhenTheFirstAttemptTimesOutAfterReachingThePds() {
        String sourceId = source();
        // The PDS makes the record but answers too late; asked for it by its key, it then has it.
        server.stubFor(post(urlPathEqualTo(CREATE_RECORD)).willReturn(json(
                BlueskyFixtures.text("create_record_reply.json")).withFixedDelay(2500)));
        ReplyApproved approval = approval(sourceId, PARENT_URI, "Thanks, glad it helped!");
        String rkey = ourKey(approval);
        server.stubFor(get(urlPathEqualTo(GET_RECORD)).atPriority(1).withQueryParam("repo", equalTo(OUR_DID))
                .withQueryParam("rkey", equalTo(rkey))
                .willReturn(json(BlueskyFixtures.text("get_record_reply.json"))));
        send(approval);

        String ours = "at://" + OUR_DID + "/app.bsky.feed.post/" + rkey;
        assertThat(outcome(approval)).isInstanceOfSatisfying(ReplyPosted.class, posted -> {
            assertThat(posted.platformReplyId()).isEqualTo(ours);
            assertThat(posted.url()).isEqualTo("https://bsky.app/profile/" + OUR_DID + "/post/" + rkey);
        });
        server.verify(1, postRequestedFor(urlPathEqualTo(CREATE_RECORD)));
        server.verify(postRequestedFor(urlPathEqualTo(CREATE_RECORD))
                .withHeader("Authorization", equalTo("Bearer test-access-jwt-1"))
                .withRequestBody(matchingJsonPath("$.repo", equalTo(OUR_DID)))
                .withRequestBody(matchingJsonPath("$.collection", equalTo("app.bsky.feed.post")))
                .withRequestBody(matchingJsonPath("$.rkey", equalTo(rkey)))
                .withRequestBody(matchingJsonPath("$.record.$type", equalTo("app.bsky.feed.post")))
                .withRequestBody(matchingJsonPath("$.record.text", equalTo("Thanks, glad it helped!")))
                .withRequestBody(matchingJsonPath("$.record.reply.parent.uri", equalTo(PARENT_URI)))
                .withRequestBody(matchingJsonPath("$.record.reply.parent.cid", equalTo(PARENT_CID)))
                .withRequestBody(matchingJsonPath("$.record.reply.root.uri", equalTo(PARENT_URI)))
                .withRequestBody(matchingJsonPath("$.record.langs[0]", equalTo("en"))));
        server.verify(1, getRequestedFor(urlPathEqualTo(GET_RECORD)).withQueryParam("rkey", equalTo(rkey)));
        Api.admin().get("/api/v1/replies?sourceId=" + sourceId).then().statusCode(200)
                .body("[0].platformReplyId", org.hamcrest.Matchers.equalTo(ours))
                .body("[0].status", org.hamcrest.Matchers.equalTo("POSTED"));
    }

    @Test
    void retriesUnderTheSameKeyWhenTheTimedOutAttemptMadeNothing() {
        String sourceId = source();
        server.stubFor(post(urlPathEqualTo(CREATE_RECORD)).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(504).withFixedDelay(2500)).willSetStateTo("up"));
        server.stubFor(post(urlPathEqualTo(CREATE_RECORD)).inScenario("lost").whenScenarioStateIs("up")
                .willReturn(json(BlueskyFixtures.text("create_record_reply.json"))));
        ReplyApproved approval = approve(sourceId, PARENT_URI, "Thanks!");

        assertThat(outcome(approval)).isInstanceOfSatisfying(ReplyPosted.class,
                posted -> assertThat(posted.platformReplyId()).isEqualTo(CREATED_URI));
        server.verify(2, postRequestedFor(urlPathEqualTo(CREATE_RECORD))
                .withRequestBody(matchingJsonPath("$.rkey", equalTo(ourKey(approval)))));
        server.verify(1, getRequestedFor(urlPathEqualTo(GET_RECORD)).withQueryParam("rkey",
                equalTo(ourKey(approval))));
    }

    @Test
    void answersTheThreadsFirstPostAsRootWhenTheParentIsItselfAReply() {
        String sourceId = source();
        ObjectNode parent = BlueskyFixtures.object("get_record_parent.json");
        ((ObjectNode) parent.get("value")).putObject("reply").<ObjectNode>set("root",
                BlueskyFixtures.JSON.createObjectNode().put("uri", CREATED_URI).put("cid", "bafyroot"))
                .set("parent", BlueskyFixtures.JSON.createObjectNode().put("uri", CREATED_URI).put("cid", "bafyroot"));
        server.stubFor(get(urlPathEqualTo(GET_RECORD)).atPriority(1).withQueryParam("rkey", equalTo("3kexwuoyqj32g"))
                .willReturn(json(parent.toString())));
        server.stubFor(post(urlPathEqualTo(CREATE_RECORD)).willReturn(json(
                BlueskyFixtures.text("create_record_reply.json"))));
        ReplyApproved approval = approve(sourceId, PARENT_URI, "Thanks!");

        assertThat(outcome(approval)).isInstanceOf(ReplyPosted.class);
        server.verify(1, postRequestedFor(urlPathEqualTo(CREATE_RECORD))
                .withRequestBody(matchingJsonPath("$.record.reply.root.uri", equalTo(CREATED_URI)))
                .withRequestBody(matchingJsonPath("$.record.reply.parent.uri", equalTo(PARENT_URI))));
    }

    @Test
    void reportsThePdsReasonWhenItRefusesTheReply() {
        String sourceId = source();
        server.stubFor(post(urlPathEqualTo(CREATE_RECORD)).willReturn(json(BlueskyFixtures.error("InvalidRequest",
                "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes"))
                .withStatus(400)));
        ReplyApproved approval = approve(sourceId, PARENT_URI, "Thanks!");

        assertThat(outcome(approval)).isInstanceOfSatisfying(ReplyFailed.class, failed -> {
            assertThat(failed.reason()).contains("400").contains("must not be longer than 300 graphemes");
            assertThat(failed.retryable()).isFalse();
        });
        server.verify(1, postRequestedFor(urlPathEqualTo(CREATE_RECORD)));
    }

    @Test
    void refusesRepliesTooLongOrToAPostThatIsGoneWithoutPosting() {
        String sourceId = source();
        ReplyApproved tooLong = approve(sourceId, PARENT_URI, "x".repeat(301));
        assertThat(outcome(tooLong)).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("at most 300"));

        ReplyApproved gone = approve(sourceId, "at://" + OUR_DID + "/app.bsky.feed.post/3kdeleted2222", "Thanks!");
        assertThat(outcome(gone)).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("no longer exists"));

        ReplyApproved notBluesky = approve(sourceId, "117020583245459824", "Thanks!");
        assertThat(outcome(notBluesky)).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("not the at:// address"));
        server.verify(0, postRequestedFor(urlPathEqualTo(CREATE_RECORD)));
    }
}
