package io.replydesk.collector.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

    private static final Instant NOW = Instant.parse("2026-08-01T13:55:00Z");

    private static RateLimitHeaders parse(Map<String, String> headers) {
        Map<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        return RateLimitHeaders.from(caseInsensitive::get, NOW);
    }

    @Test
    void readsMastodonsRecordedHeaders() {
        RateLimitHeaders limits = parse(Map.of("x-ratelimit-limit", "300", "x-ratelimit-remaining", "299",
                "x-ratelimit-reset", "2026-08-01T14:00:00.070144Z"));

        assertThat(limits.remaining()).isEqualTo(299);
        assertThat(limits.reset()).isEqualTo(Instant.parse("2026-08-01T14:00:00.070144Z"));
        assertThat(limits.retryAfter()).isNull();
    }

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDateAndResetAsEpochOrDelta() {
        assertThat(parse(Map.of("Retry-After", "120")).retryAfter()).isEqualTo(NOW.plusSeconds(120));
        assertThat(parse(Map.of("Retry-After", "Sat, 01 Aug 2026 14:00:00 GMT")).retryAfter())
                .isEqualTo(Instant.parse("2026-08-01T14:00:00Z"));
        assertThat(parse(Map.of("X-RateLimit-Reset", "1785592800")).reset())
                .isEqualTo(Instant.ofEpochSecond(1785592800L));
        assertThat(parse(Map.of("X-Ratelimit-Reset", "30")).reset()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void treatsGarbageAsAbsent() {
        RateLimitHeaders limits = parse(Map.of("X-RateLimit-Remaining", "lots", "X-RateLimit-Reset", "soon",
                "Retry-After", "later"));

        assertThat(limits).isEqualTo(new RateLimitHeaders(null, null, null));
    }

    @Test
    void readsRedditsDecimalCountsAndBlueskysUnprefixedHeaders() {
        RateLimitHeaders reddit = parse(Map.of("x-ratelimit-remaining", "599.0", "x-ratelimit-reset", "369",
                "x-ratelimit-used", "1"));
        assertThat(reddit.remaining()).isEqualTo(599);
        assertThat(reddit.reset()).isEqualTo(NOW.plusSeconds(369));

        RateLimitHeaders bluesky = parse(Map.of("RateLimit-Limit", "3000", "RateLimit-Remaining", "2986",
                "RateLimit-Reset", "1747676784", "RateLimit-Policy", "3000;w=300"));
        assertThat(bluesky.remaining()).isEqualTo(2986);
        assertThat(bluesky.reset()).isEqualTo(Instant.ofEpochSecond(1747676784L));
    }
}
