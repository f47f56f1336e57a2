package io.replydesk.collector.platform.appstore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.Approvals.approveAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.replydesk.collector.platform.Fixtures;
import io.replydesk.events.ReplyFailed;
import io.replydesk.events.ReplyPosted;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Answers to App Store reviews through a stub of the App Store Connect API. */
@QuarkusTest
class AppStoreReplyTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static WireMockServer apple;
    static KeyPair keys;

    @BeforeAll
    static void start() throws Exception {
        apple = new WireMockServer(wireMockConfig().dynamicPort());
        apple.start();
        keys = ConnectKeys.write("test-app-store-connect", apple.baseUrl());
    }

    @AfterAll
    static void stop() {
        apple.stop();
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static String response(String reviewId, String text) {
        return Fixtures.text("app-store/customer_review_response.json").replace("REVIEW_ID", reviewId)
                .replace("RESPONSE_BODY", text);
    }

    static String error(int status, String code, String detail) {
        return "{\"errors\": [{\"id\": \"" + UUID.randomUUID() + "\", \"status\": \"" + status + "\", \"code\": \""
                + code + "\", \"title\": \"The request entity is not valid.\", \"detail\": \"" + detail + "\"}]}";
    }

    static String source(String credential) {
        String appId = AppStoreTest.app();
        Map<String, Object> body = credential == null
                ? Map.of("type", "app-store", "name", "app " + appId, "baseUrl", apple.baseUrl(), "appId", appId,
                        "enabled", false)
                : Map.of("type", "app-store", "name", "app " + appId, "baseUrl", apple.baseUrl(), "appId", appId,
                        "credential", credential, "enabled", false);
        return (String) Api.createSource(body).get("id");
    }

    static String reviewId() {
        return String.valueOf(11_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    }

    @Test
    void capabilitiesDependOnTheCredential() {
        String with = source("test-app-store-connect");
        String without = source(null);
        var withView = Api.admin().get("/api/v1/sources/" + with).then().statusCode(200).extract().jsonPath();
        assertThat(withView.getBoolean("canReply")).isTrue();
        assertThat(withView.getBoolean("capabilities.canReply")).isTrue();
        assertThat(withView.getInt("capabilities.replyMaxLength")).isEqualTo(5970);
        var withoutView = Api.admin().get("/api/v1/sources/" + without).then().statusCode(200).extract().jsonPath();
        assertThat(withoutView.getBoolean("canReply")).isFalse();
        assertThat(withoutView.getBoolean("capabilities.canReply")).isFalse();
        assertThat(withoutView.getBoolean("capabilities.deepLink")).isTrue();
    }

    @Test
    void postsOnceEvenWhenTheFirstAttemptTimesOutAfterReachingApple() {
        String reviewId = reviewId();
        String text = "Thanks for the report, Marta. Version 4.2.1 fixes the crash at checkout.";
        apple.stubFor(post(urlPathEqualTo("/v1/customerReviewResponses"))
                .withRequestBody(equalToJson("{\"data\": {\"relationships\": {\"review\": {\"data\": {\"id\": \""
                        + reviewId + "\"}}}}}", true, true))
                .willReturn(json(response(reviewId, text)).withStatus(201).withFixedDelay(2500)));
        apple.stubFor(get(urlPathEqualTo("/v1/customerReviews/" + reviewId + "/response"))
                .willReturn(json(response(reviewId, text))));
        String id = source("test-app-store-connect");

        assertThat(approveAndWait(id, reviewId, text)).isInstanceOfSatisfying(ReplyPosted.class,
                posted -> assertThat(posted.platformReplyId()).isEqualTo("00000000-0000-0000-0000-000000000001"));
        apple.verify(1, postRequestedFor(urlPathEqualTo("/v1/customerReviewResponses")).withRequestBody(
                equalToJson("{\"data\": {\"type\": \"customerReviewResponses\", \"attributes\": {\"responseBody\": \""
                        + text + "\"}, \"relationships\": {\"review\": {\"data\": {\"type\": \"customerReviews\","
                        + " \"id\": \"" + reviewId + "\"}}}}}")));
        apple.verify(getRequestedFor(urlPathEqualTo("/v1/customerReviews/" + reviewId + "/response")));
    }

    @Test
    void theTokenIsAnEs256JwtThatVerifiesWithThePublicKey() throws Exception {
        String reviewId = reviewId();
        apple.stubFor(post(urlPathEqualTo("/v1/customerReviewResponses"))
                .withRequestBody(equalToJson("{\"data\": {\"relationships\": {\"review\": {\"data\": {\"id\": \""
                        + reviewId + "\"}}}}}", true, true))
                .willReturn(json(response(reviewId, "Thanks!")).withStatus(201)));
        String id = source("test-app-store-connect");
        assertThat(approveAndWait(id, reviewId, "Thanks!")).isInstanceOf(ReplyPosted.class);

        String authorization = apple.findAll(postRequestedFor(urlPathEqualTo("/v1/customerReviewResponses"))).stream()
                .filter(r -> r.getBodyAsString().contains(reviewId)).findFirst().orElseThrow()
                .getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        String[] jwt = authorization.substring(7).split("\\.");
        assertThat(jwt).hasSize(3);
        Base64.Decoder url = Base64.getUrlDecoder();
        JsonNode header = JSON.readTree(url.decode(jwt[0]));
        JsonNode claims = JSON.readTree(url.decode(jwt[1]));
        assertThat(header.path("alg").asText()).isEqualTo("ES256");
        assertThat(header.path("kid").asText()).isEqualTo("2X9R4HXF34");
        assertThat(header.path("typ").asText()).isEqualTo("JWT");
        assertThat(claims.path("iss").asText()).isEqualTo("57246542-96fe-1a63-e053-0824d011072a");
        assertThat(claims.path("aud").asText()).isEqualTo("appstoreconnect-v1");
        long iat = claims.path("iat").asLong();
        long exp = claims.path("exp").asLong();
        assertThat(iat).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(120L));
        assertThat(exp - iat).isPositive().isLessThanOrEqualTo(20 * 60);
        byte[] signature = url.decode(jwt[2]);
        assertThat(signature).hasSize(64); // JOSE r||s, not DER
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(keys.getPublic());
        verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void passesOnApplesRefusalWithItsDetail() {
        String id = source("test-app-store-connect");
        String conflict = reviewId();
        apple.stubFor(post(urlPathEqualTo("/v1/customerReviewResponses"))
                .withRequestBody(equalToJson("{\"data\": {\"relationships\": {\"review\": {\"data\": {\"id\": \""
                        + conflict + "\"}}}}}", true, true))
                .willReturn(json(error(409, "ENTITY_ERROR", "The review response is being processed."))
                        .withStatus(409)));
        assertThat(approveAndWait(id, conflict, "Thanks!")).isInstanceOfSatisfying(ReplyFailed.class, failed -> {
            assertThat(failed.reason()).contains("The review response is being processed.");
            assertThat(failed.retryable()).isFalse();
        });
        String invalid = reviewId();
        apple.stubFor(post(urlPathEqualTo("/v1/customerReviewResponses"))
                .withRequestBody(equalToJson("{\"data\": {\"relationships\": {\"review\": {\"data\": {\"id\": \""
                        + invalid + "\"}}}}}", true, true))
                .willReturn(json(error(422, "ENTITY_UNPROCESSABLE", "responseBody contains a forbidden link."))
                        .withStatus(422)));
        assertThat(approveAndWait(id, invalid, "See https://example.com")).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("responseBody contains a forbidden link."));
        assertThat(approveAndWait(id, invalid, "x".repeat(5971))).isInstanceOfSatisfying(ReplyFailed.class,
                failed -> assertThat(failed.reason()).contains("at most 5970"));
    }

    @Test
    void aSourceWithoutCredentialRefusesWithAReason() {
        String id = source(null);
        String reviewId = reviewId();
        assertThat(approveAndWait(id, reviewId, "Thanks!")).isInstanceOfSatisfying(ReplyFailed.class, failed -> {
            assertThat(failed.reason()).containsIgnoringCase("credential");
            assertThat(failed.retryable()).isFalse();
        });
        apple.verify(0, postRequestedFor(urlPathEqualTo("/v1/customerReviewResponses")).withRequestBody(
                equalToJson("{\"data\": {\"relationships\": {\"review\": {\"data\": {\"id\": \"" + reviewId
                        + "\"}}}}}", true, true)));
    }
}
