package io.replydesk.collector.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.stack.test.TestKafka;
import io.replydesk.events.EventCodec;
import io.replydesk.events.Events;
import io.replydesk.events.ReplyApproved;
import io.replydesk.events.ReplyFailed;
import io.replydesk.events.ReplyOutcome;
import io.replydesk.events.ReplyPosted;
import io.replydesk.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReplyDeliveryTest {

    static WireMockServer receiver;

    @BeforeAll
    static void start() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort());
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop();
    }

    private static String webhookSource(String callbackPath) {
        return (String) Api.createSource(Map.of("type", "webhook", "name", "cb",
                "replyCallbackUrl", receiver.baseUrl() + callbackPath)).get("id");
    }

    private static ReplyApproved approval(String sourceId, UUID draftId) {
        return Events.approved(draftId, sourceId + ":ext-1", sourceId, "ext-1", "Ci scusiamo davvero.", "it",
                "approver1");
    }

    private static List<ReplyOutcome> outcomes(UUID draftId, int min) {
        return TestKafka.await(Topics.REPLIES_POSTED, r -> r.value().contains(draftId.toString()), min,
                Duration.ofSeconds(20)).stream().map(r -> EventCodec.fromJson(r.value(), ReplyOutcome.class)).toList();
    }

    @Test
    void postsEachApprovalExactlyOnceEvenWhenRedelivered() {
        receiver.stubFor(post(urlEqualTo("/once")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"reply-77\"}")));
        String sourceId = webhookSource("/once");
        ReplyApproved approval = approval(sourceId, UUID.randomUUID());

        TestKafka.send(Topics.REPLIES_APPROVED, approval.postId(), EventCodec.toJson(approval));
        assertThat(outcomes(approval.draftId(), 1)).singleElement()
                .isInstanceOfSatisfying(ReplyPosted.class, p -> assertThat(p.platformReplyId()).isEqualTo("reply-77"));

        ReplyApproved redelivered = new ReplyApproved(UUID.randomUUID(), approval.type(), 1, approval.occurredAt(),
                approval.draftId(), approval.postId(), sourceId, "ext-1", approval.text(), "it", "approver1",
                approval.idempotencyKey());
        TestKafka.send(Topics.REPLIES_APPROVED, approval.postId(), EventCodec.toJson(redelivered));
        TestKafka.send(Topics.REPLIES_APPROVED, approval.postId(), EventCodec.toJson(approval));

        assertThat(outcomes(approval.draftId(), 2)).hasSize(1);
        receiver.verify(1, postRequestedFor(urlEqualTo("/once"))
                .withHeader("Idempotency-Key", equalTo(approval.idempotencyKey()))
                .withRequestBody(matchingJsonPath("$.externalId", equalTo("ext-1")))
                .withRequestBody(matchingJsonPath("$.text", equalTo("Ci scusiamo davvero."))));
    }

    @Test
    void retriesATransientFailureWithTheSameKey() {
        receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        ReplyApproved approval = approval(webhookSource("/flaky"), UUID.randomUUID());

        TestKafka.send(Topics.REPLIES_APPROVED, approval.postId(), EventCodec.toJson(approval));

        assertThat(outcomes(approval.draftId(), 1)).singleElement().isInstanceOf(ReplyPosted.class);
        receiver.verify(2, postRequestedFor(urlEqualTo("/flaky"))
                .withHeader("Idempotency-Key", equalTo(approval.idempotencyKey())));
    }

    @Test
    void reportsARefusalWithThePlatformsReason() {
        receiver.stubFor(post(urlEqualTo("/refuse")).willReturn(aResponse().withStatus(403).withBody("thread locked")));
        ReplyApproved approval = approval(webhookSource("/refuse"), UUID.randomUUID());

        TestKafka.send(Topics.REPLIES_APPROVED, approval.postId(), EventCodec.toJson(approval));

        assertThat(outcomes(approval.draftId(), 1)).singleElement().isInstanceOfSatisfying(ReplyFailed.class, f -> {
            assertThat(f.reason()).contains("403").contains("thread locked");
            assertThat(f.retryable()).isFalse();
        });
    }

    @Test
    void sendsPoisonRecordsToTheDeadLetterTopicAndKeepsConsuming() {
        receiver.stubFor(post(urlEqualTo("/after-poison")).willReturn(aResponse().withStatus(200)));
        String marker = "poison-" + UUID.randomUUID();
        TestKafka.send(Topics.REPLIES_APPROVED, "k", "{\"this is\": \"" + marker + "\"");
        ReplyApproved approval = approval(webhookSource("/after-poison"), UUID.randomUUID());
        TestKafka.send(Topics.REPLIES_APPROVED, approval.postId(), EventCodec.toJson(approval));

        assertThat(TestKafka.await(Topics.deadLetter(Topics.REPLIES_APPROVED), r -> r.value().contains(marker), 1,
                Duration.ofSeconds(20))).hasSize(1);
        assertThat(outcomes(approval.draftId(), 1)).singleElement().isInstanceOf(ReplyPosted.class);
    }
}
