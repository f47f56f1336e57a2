package io.replydesk.collector.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KnownSecretsTest {

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cutsOutAPlainTokenAndItsEncodings() {
        String token = "ks-token-" + System.nanoTime() + "/+=";
        KnownSecrets.remember(token);
        String text = "refused Bearer " + token + " b64 " + b64(token) + " url "
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + " b64url "
                + Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));

        assertThat(KnownSecrets.redact(text)).isEqualTo(
                "refused Bearer [redacted] b64 [redacted] url [redacted] b64url [redacted]");
    }

    @Test
    void cutsOutEachPartOfAJsonCredentialAndItsBasicAuthPair() {
        String id = "client-" + System.nanoTime();
        String secret = "secret-" + System.nanoTime();
        KnownSecrets.remember("{\"clientId\": \"" + id + "\", \"clientSecret\": \"" + secret + "\", \"n\": 7}");

        assertThat(KnownSecrets.redact("invalid_client " + secret + "; Basic " + b64(id + ":" + secret)))
                .isEqualTo("invalid_client [redacted]; Basic [redacted]");
        assertThat(KnownSecrets.redact("client " + id)).isEqualTo("client [redacted]");
    }

    @Test
    void leavesOtherTextAndShortPartsAlone() {
        KnownSecrets.remember("{\"region\": \"eu\", \"apiKey\": \"key-" + System.nanoTime() + "\"}");
        assertThat(KnownSecrets.redact("mastodon answered HTTP 500: eu region down"))
                .isEqualTo("mastodon answered HTTP 500: eu region down");
        assertThat(KnownSecrets.redact(null)).isNull();
    }
}
