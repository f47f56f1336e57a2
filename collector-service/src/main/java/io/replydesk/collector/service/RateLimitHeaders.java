package io.replydesk.collector.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The rate-limit answer of one HTTP response: {@code X-RateLimit-Remaining}/{@code -Reset} (any capitalisation,
 * Mastodon writes {@code X-Ratelimit-*}, Reddit {@code x-ratelimit-*} with decimals such as {@code 599.0}), else
 * the unprefixed {@code RateLimit-Remaining}/{@code -Reset} that Bluesky sends, and {@code Retry-After}. Reset may
 * be an ISO instant (Mastodon), epoch seconds (Bluesky) or seconds from now (Reddit); Retry-After is seconds or an
 * HTTP date. Unreadable values count as absent.
 */
public record RateLimitHeaders(Integer remaining, Instant reset, Instant retryAfter) {

    private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

    /** @param header a case-insensitive header lookup answering null when absent */
    public static RateLimitHeaders from(Function<String, String> header, Instant now) {
        return new RateLimitHeaders(integer(either(header, "X-RateLimit-Remaining", "RateLimit-Remaining")),
                instant(either(header, "X-RateLimit-Reset", "RateLimit-Reset"), now),
                retryAfter(header.apply("Retry-After"), now));
    }

    private static String either(Function<String, String> header, String name, String otherName) {
        String value = header.apply(name);
        return value != null ? value : header.apply(otherName);
    }

    private static Integer integer(String value) {
        try {
            if (value == null) {
                return null;
            }
            double n = Double.parseDouble(value.trim());
            return Double.isNaN(n) ? null : (int) Math.floor(Math.max(Integer.MIN_VALUE,
                    Math.min(Integer.MAX_VALUE, n)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Instant.parse(v);
        } catch (DateTimeException notIso) {
            // fall through to the numeric forms
        }
        try {
            long n = Long.parseLong(v);
            return n >= EPOCH_SECONDS_THRESHOLD ? Instant.ofEpochSecond(n) : now.plusSeconds(Math.max(0, n));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static Instant retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return now.plusSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeException notADate) {
                return null;
            }
        }
    }
}
