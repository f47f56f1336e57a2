package io.replydesk.collector.service;

import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.PlatformException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per credential and server, shared by polls and replies, so the collector stays inside what
 * the platform allows and obeys it when it says to wait. Keys never contain a secret, only its name.
 */
@ApplicationScoped
public class RateBudgets {

    /** The share of every budget the calls of this thread must leave; set only around background work. */
    private static final ThreadLocal<Double> RESERVE = new ThreadLocal<>();

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Clock clock;

    public RateBudgets(CollectorConfig config) {
        this.initialBackoff = config.rateLimit().initialBackoff();
        this.maxBackoff = config.rateLimit().maxBackoff();
        this.clock = Clock.systemUTC();
    }

    /** Which budget a call spends: the platform, the server's host and port, and the credential's name. */
    public static String key(String platform, java.net.URI server, String credentialName) {
        return platform + " " + server.getHost() + ":" + server.getPort() + " "
                + (credentialName == null ? "(anonymous)" : credentialName);
    }

    /**
     * Takes one request from the budget.
     *
     * @throws PlatformException.RateLimited when the budget is spent or the server asked us to wait
     */
    public void acquire(String key, int capacity, Duration period) {
        Instant now = clock.instant();
        Double reserve = RESERVE.get();
        Optional<Instant> wait = bucket(key, capacity, period, now).takeAbove(reserve == null ? 0 : reserve, now);
        if (wait.isPresent()) {
            throw new PlatformException.RateLimited("request budget of " + key + " is spent until " + wait.get(),
                    wait.get());
        }
    }

    /**
     * Runs background work (engagement refreshes) whose calls only spend a budget while more than {@code reserve}
     * (a share, 0..1) of it is left; the platform wrappers call {@link #acquire} on this same thread.
     */
    public <T> T inBackground(double reserve, Callable<T> work) throws Exception {
        Double outer = RESERVE.get();
        RESERVE.set(reserve);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                RESERVE.remove();
            } else {
                RESERVE.set(outer);
            }
        }
    }

    /** Applies what a response said; on 429/503 returns when to ask again. */
    public Optional<Instant> observe(String key, int capacity, Duration period, int status, RateLimitHeaders headers) {
        Instant now = clock.instant();
        TokenBucket bucket = bucket(key, capacity, period, now);
        bucket.observe(headers.remaining(), headers.reset(), now);
        if (status == 429 || status == 503) {
            Instant retryAt = headers.retryAfter() != null ? headers.retryAfter()
                    : status == 429 ? headers.reset() : null;
            return Optional.of(bucket.refused(retryAt, initialBackoff, maxBackoff, now));
        }
        if (status / 100 == 2) {
            bucket.succeeded();
        }
        return Optional.empty();
    }

    private TokenBucket bucket(String key, int capacity, Duration period, Instant now) {
        return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, period, now));
    }
}
