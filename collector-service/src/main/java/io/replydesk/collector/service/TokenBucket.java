package io.replydesk.collector.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The request budget of one credential on one server: refills evenly over the period, can be told by the server
 * how much is really left, and stays shut while the server asked us to wait.
 */
public final class TokenBucket {

    private final double capacity;
    private final double tokensPerMilli;
    private double tokens;
    private Instant refilledAt;
    private Instant blockedUntil;
    private int strikes;

    public TokenBucket(int capacity, Duration period, Instant now) {
        this.capacity = Math.max(1, capacity);
        this.tokensPerMilli = this.capacity / Math.max(1, period.toMillis());
        this.tokens = this.capacity;
        this.refilledAt = now;
    }

    /** Takes one request from the budget. @return empty when granted, else the earliest time to ask again */
    public synchronized Optional<Instant> take(Instant now) {
        return takeAbove(0, now);
    }

    /**
     * Takes one request only while more than {@code reserve} (a share of the capacity, 0..1) stays left, so
     * background work cannot spend what the regular calls need.
     *
     * @return empty when granted, else the earliest time to ask again
     */
    public synchronized Optional<Instant> takeAbove(double reserve, Instant now) {
        if (blockedUntil != null && blockedUntil.isAfter(now)) {
            return Optional.of(blockedUntil);
        }
        refill(now);
        double needed = 1 + Math.max(0, Math.min(1, reserve)) * capacity;
        if (tokens >= needed) {
            tokens -= 1;
            return Optional.empty();
        }
        long wait = (long) Math.ceil((needed - tokens) / tokensPerMilli);
        return Optional.of(now.plusMillis(Math.max(1, wait)));
    }

    /**
     * What the server said about the budget ({@code X-RateLimit-Remaining}/{@code -Reset}): it knows better,
     * for example when another client shares the credential.
     */
    public synchronized void observe(Integer remaining, Instant reset, Instant now) {
        refill(now);
        if (remaining != null) {
            tokens = Math.min(tokens, Math.max(0, remaining));
            if (remaining <= 0 && reset != null && reset.isAfter(now)) {
                blockUntil(reset);
            }
        }
    }

    /**
     * The server answered 429 or 503. Waits until {@code retryAt} when it said (Retry-After), otherwise backs off
     * exponentially from {@code initial} up to {@code max} over consecutive refusals.
     *
     * @return when to ask again
     */
    public synchronized Instant refused(Instant retryAt, Duration initial, Duration max, Instant now) {
        strikes++;
        Instant until = retryAt;
        if (until == null || !until.isAfter(now)) {
            Duration backoff = initial.multipliedBy(1L << Math.min(20, strikes - 1));
            until = now.plus(backoff.compareTo(max) > 0 ? max : backoff);
        }
        tokens = 0;
        refilledAt = now;
        blockUntil(until);
        return blockedUntil;
    }

    /** A call went through: the next refusal starts the backoff from the beginning. */
    public synchronized void succeeded() {
        strikes = 0;
    }

    private void blockUntil(Instant until) {
        if (blockedUntil == null || until.isAfter(blockedUntil)) {
            blockedUntil = until;
        }
    }

    private void refill(Instant now) {
        long elapsed = Duration.between(refilledAt, now).toMillis();
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerMilli);
            refilledAt = now;
        }
    }
}
