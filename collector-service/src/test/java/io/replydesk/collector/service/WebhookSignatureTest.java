package io.replydesk.collector.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"externalId\":\"a\",\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8);
    private static final long T = 1_795_000_000L;
    private static final Instant NOW = Instant.ofEpochSecond(T);

    @Test
    void matchesAnHmacComputedTheWayTheReadmeShowsWithOpenssl() {
        // printf '%s' '1795000000.{"externalId":"a","text":"hi"}' | openssl dgst -sha256 -hmac rdws_test
        assertThat(WebhookSignature.sign("rdws_test", T, BODY))
                .isEqualTo("5e238743c603f20fa82e9fd68e2e9b783f84c9cbbb92a4ea4732d14879b73b1a");
    }

    @Test
    void acceptsWithinFiveMinutesEitherWayAndNotBeyond() {
        String v1 = WebhookSignature.sign("k", T, BODY);
        assertThat(WebhookSignature.verify("t=" + T + ",v1=" + v1, "k", BODY, NOW.plusSeconds(300))).isTrue();
        assertThat(WebhookSignature.verify("t=" + T + ",v1=" + v1, "k", BODY, NOW.minusSeconds(300))).isTrue();
        assertThat(WebhookSignature.verify("t=" + T + ",v1=" + v1, "k", BODY, NOW.plusSeconds(301))).isFalse();
        assertThat(WebhookSignature.verify("t=" + T + ",v1=" + v1, "k", BODY, NOW.minusSeconds(301))).isFalse();
    }

    @Test
    void anyOfSeveralV1EntriesMayMatchAndUpperCaseHexIsFine() {
        String good = WebhookSignature.sign("k", T, BODY);
        String header = "t=" + T + ", v1=" + "ab".repeat(32) + ", v1=" + good.toUpperCase();
        assertThat(WebhookSignature.verify(header, "k", BODY, NOW)).isTrue();
    }

    @Test
    void refusesMalformedHeaders() {
        String v1 = WebhookSignature.sign("k", T, BODY);
        for (String header : new String[] {null, "", "v1=" + v1, "t=" + T, "t=" + T + ",v1=" + v1.substring(2),
                "t=-" + T + ",v1=" + v1, "t=" + T + ",v0=" + v1, "t=" + T + ",v1=" + v1 + ",x".repeat(600)}) {
            assertThat(WebhookSignature.verify(header, "k", BODY, NOW)).as(String.valueOf(header)).isFalse();
        }
        assertThat(WebhookSignature.verify("t=" + T + ",v1=" + v1, null, BODY, NOW)).isFalse();
    }
}
