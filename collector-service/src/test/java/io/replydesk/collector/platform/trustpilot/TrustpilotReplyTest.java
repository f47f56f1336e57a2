package io.replydesk.collector.platform.trustpilot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.Approvals.approveAndWait;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.platform.Fixtures;
import io.replydesk.events.ReplyFailed;
import io.replydesk.events.ReplyPosted;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Answers to Trustpilot reviews through a stub of Trustpilot's private API and its password grant. */
@QuarkusTest
class TrustpilotReplyTest {

    static final String TOKEN = "/v1/oauth/oauth-business-users-for-applications/accesstoken";
    static final String BUSINESS_USER = "5d5a7b3c2f1e0a0012345678";
    static WireMockServer trustpilot;

    @BeforeAll
    static void start() {
        trustpilot = new WireMockServer(wireMockConfig().dynamicPort());
        trustpilot.start();
        trustpilot.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(containing("username=owner%40pizzeria.example"))
                .willReturn(TrustpilotTest.json(fixture("access_token.json"))));
    }

    @AfterAll
    static void stop() {
        trustpilot.stop();
    }

    static String fixture(String name) {
        return Fixtures.text("trustpilot/" + name);
    }

    static String reviewId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    static String reply(String reviewId) {
        return "/v1/private/reviews/" + reviewId + "/reply";
    }

    /** The private review as the business sees it, answered with {@code text}. */
    static String answered(String reviewId, String text) {
        ObjectNode review = TrustpilotTest.review(reviewId, "2026-11-20T10:00:00.000Z");
        review.putObject("companyReply").put("text", text).put("createdAt", "2026-11-23T12:00:00.000Z");
        return review.toString();
    }

    static String error(String message, String details) {
        return "{\"message\": \"" + message + "\", \"details\": \"" + details + "\"}";
    }

    static String source(String credential) {
        return TrustpilotTest.source(trustpilot, TrustpilotTest.unit(), credential);
    }

    @Test
    void offersRepliesOnlyWithABusinessUserCredential() {
        JsonPath business = view(source("test-trustpilot-business"));
        assertThat(business.getBoolean("canReply")).isTrue();
        assertThat(business.getBoolean("capabilities.canReply")).isTrue();
        assertThat(business.getString("credential")).isEqualTo("test-trustpilot-business");
        assertThat(business.prettify()).doesNotContain("rd-test-tp-pass-6w").doesNotContain("rd-test-tp-secret-2h");
        JsonPath apiKey = view(source("test-trustpilot"));
        assertThat(apiKey.getBoolean("canReply")).isFalse();
        assertThat(apiKey.getBoolean("capabilities.canReply")).isFalse();
        assertThat(apiKey.getBoolean("capabilities.deepLink")).isTrue();
    }

    @Test
    void getsATokenWithThePasswordGrantAndPostsTheReplyOnce() {
        String reviewId = reviewId();
        String text = "Thank you, John. We have spoken to our courier about the late delivery.";
        trustpilot.stubFor(post(urlPathEqualTo(reply(reviewId))).willReturn(aResponse().withStatus(201)));
        String id = source("test-trustpilot-business");

        assertThat(approveAndWait(id, reviewId, text)).isInstanceOfSatisfying(ReplyPosted.class, posted -> {
            assertThat(posted.platformReplyId()).isEqualTo(reviewId);
            assertThat(posted.url()).isEqualTo("https://www.trustpilot.com/reviews/" + reviewId);
        });
        trustpilot.verify(1, postRequestedFor(urlPathEqualTo(reply(reviewId)))
                .withHeader("Authorization", equalTo("Bearer AccessToken"))
                .withRequestBody(equalToJson("{\"authorBusinessUserId\": \"" + BUSINESS_USER + "\", \"message\": \""
                        + text + "\"}")));
        String basic = "Basic " + Base64.getEncoder().encodeToString("rd-test-tp-key:rd-test-tp-secret-2h"
                .getBytes(StandardCharsets.UTF_8));
        trustpilot.verify(postRequestedFor(urlPathEqualTo(TOKEN)).withHeader("Authorization", equalTo(basic))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("grant_type=password"))
                .withRequestBody(containing("password=rd-test-tp-pass-6w")));
    }

    @Test
    void aTimeoutThenAReplyFoundOnTheReviewMeansNoSecondPost() {
        String reviewId = reviewId();
        String text = "Sorry about the wait, Anna: your refund was sent this morning.";
        trustpilot.stubFor(post(urlPathEqualTo(reply(reviewId)))
                .willReturn(aResponse().withStatus(201).withFixedDelay(2500)));
        trustpilot.stubFor(get(urlPathEqualTo("/v1/private/reviews/" + reviewId))
                .willReturn(TrustpilotTest.json(answered(reviewId, text))));
        String id = source("test-trustpilot-business");

        assertThat(approveAndWait(id, reviewId, text)).isInstanceOf(ReplyPosted.class);
        trustpilot.verify(1, postRequestedFor(urlPathEqualTo(reply(reviewId))));
        trustpilot.verify(getRequestedFor(urlPathEqualTo("/v1/private/reviews/" + reviewId))
                .withHeader("Authorization", equalTo("Bearer AccessToken")));
    }

    @Test
    void refusalsBecomeReplyFailedWithTrustpilotsReason() {
        String id = source("test-trustpilot-business");
        String forbidden = reviewId();
        trustpilot.stubFor(post(urlPathEqualTo(reply(forbidden))).willReturn(refusal(403, "Forbidden",
                "The business user may not reply on behalf of this business unit")));
        assertThat(approveAndWait(id, forbidden, "Thanks!")).isInstanceOfSatisfying(ReplyFailed.class, failed -> {
            assertThat(failed.reason()).contains("HTTP 403").contains("may not reply on behalf");
            assertThat(failed.retryable()).isFalse();
        });
        String missing = reviewId();
        trustpilot.stubFor(post(urlPathEqualTo(reply(missing))).willReturn(refusal(404, "Not found",
                "Review not found")));
        assertThat(approveAndWait(id, missing, "Thanks!")).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("HTTP 404").contains("Review not found"));
        String unauthorized = reviewId();
        trustpilot.stubFor(post(urlPathEqualTo(reply(unauthorized))).willReturn(refusal(401, "Unauthorized",
                "Access token is revoked")));
        assertThat(approveAndWait(id, unauthorized, "Thanks!")).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("HTTP 401").contains("Access token is revoked"));
        // a 401 did nothing: one new token, one more try, then the refusal
        trustpilot.verify(2, postRequestedFor(urlPathEqualTo(reply(unauthorized))));
    }

    @Test
    void anExpiredTokenIsReplacedAndARefusedLoginFailsTheReply() {
        trustpilot.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(containing("username=short%40pizzeria.example"))
                .willReturn(TrustpilotTest.json("{\"access_token\": \"ShortToken\", \"expires_in\": \"60\"}")));
        String id = source("test-trustpilot-short");
        String first = reviewId();
        String second = reviewId();
        trustpilot.stubFor(post(urlPathEqualTo(reply(first))).willReturn(aResponse().withStatus(201)));
        trustpilot.stubFor(post(urlPathEqualTo(reply(second))).willReturn(aResponse().withStatus(201)));

        assertThat(approveAndWait(id, first, "Thanks!")).isInstanceOf(ReplyPosted.class);
        assertThat(approveAndWait(id, second, "Thanks!")).isInstanceOf(ReplyPosted.class);
        // sixty seconds is within the renewal margin: each reply asked for a new token
        trustpilot.verify(2, postRequestedFor(urlPathEqualTo(TOKEN))
                .withRequestBody(containing("username=short%40pizzeria.example")));

        trustpilot.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(containing("username=short%40pizzeria.example"))
                .willReturn(TrustpilotTest.json("{\"error\": \"invalid_grant\", \"error_description\":"
                        + " \"Invalid username or password\"}").withStatus(400)));
        String third = reviewId();
        assertThat(approveAndWait(id, third, "Thanks!")).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("refused the business user's login")
                        .contains("Invalid username or password").doesNotContain("rd-test-tp-pass-7q"));
        trustpilot.verify(0, postRequestedFor(urlPathEqualTo(reply(third))));
    }

    static ResponseDefinitionBuilder refusal(int status, String message, String details) {
        return TrustpilotTest.json(error(message, details)).withStatus(status);
    }

}
