package io.replydesk.collector;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.replydesk.collector.platform.PollCursor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** A watched place: a feed, a webhook, a platform account. Holds its polling state and health. */
@Entity
public class Source extends PanacheEntityBase {

    private static final int MAX_ERROR = 2000;
    /** How a rate-limited poll's reason starts; {@link #healthState()} tells a wait from a failure by it. */
    private static final String RATE_LIMITED = "rate limited: ";

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public SourceType type;
    public String name;
    public String url;
    @Column(name = "base_url")
    public String baseUrl;
    public String hashtag;
    /** Search terms (Bluesky, Reddit). */
    public String query;
    /** A subreddit's name without r/ (Reddit). */
    public String subreddit;
    /** The app whose reviews are read (Google Play). */
    @Column(name = "package_name")
    public String packageName;
    /** The business whose reviews are read (Yelp). */
    @Column(name = "business_id")
    public String businessId;
    /** The location whose reviews are read, as accounts/{account}/locations/{location} (Google Business Profile). */
    @Column(name = "location_name")
    public String locationName;
    /** The app whose reviews are read, by its numeric App Store id (App Store). */
    @Column(name = "app_id")
    public String appId;
    /** The storefront whose reviews are read, as a two-letter country code such as us (App Store). */
    public String country;
    /** The business unit whose reviews are read, by its Trustpilot id (Trustpilot). */
    @Column(name = "business_unit_id")
    public String businessUnitId;
    /** How far back before its creation a new source reads, in seconds (Mastodon), or null for none. */
    @Column(name = "backfill_s")
    public Integer backfillSeconds;
    /** The name of a credential (see Credentials); the secret itself is never stored here. */
    public String credential;
    @Column(name = "reply_callback_url")
    public String replyCallbackUrl;
    @Column(name = "ingest_token_hash")
    public String ingestTokenHash;
    /**
     * The key webhook pushes are signed with (HMAC-SHA256). Stored as issued: a signature can only be checked
     * with the key itself, so a hash would not do. Never returned by the API after it was shown once.
     */
    @Column(name = "ingest_signing_secret")
    public String ingestSigningSecret;
    @Column(name = "poll_interval_s")
    public int pollIntervalSeconds;
    public boolean enabled = true;
    @Column(name = "created_at")
    public Instant createdAt;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    public String cursor;
    @Column(name = "last_success_at")
    public Instant lastSuccessAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "last_error_at")
    public Instant lastErrorAt;
    @Column(name = "next_poll_at")
    public Instant nextPollAt;
    @Version
    public long version;

    public boolean polled() {
        return type.polled();
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(pollIntervalSeconds);
    }

    /** How far back before its creation the source reads; zero when it does not. */
    public Duration backfill() {
        return backfillSeconds == null ? Duration.ZERO : Duration.ofSeconds(backfillSeconds);
    }

    public boolean duePoll(Instant now) {
        return enabled && polled() && (nextPollAt == null || !nextPollAt.isAfter(now));
    }

    public PollCursor pollCursor() {
        return new PollCursor(cursor, etag, lastModified);
    }

    /**
     * Stores where the next page starts. Written by a bulk update, not through this entity, so a concurrent PATCH
     * (which bumps the version) never makes the poller lose a page it already took in.
     */
    public static void saveCursor(String sourceId, PollCursor next) {
        update("cursor = ?1, etag = ?2, lastModified = ?3 where id = ?4", next.position(), next.etag(),
                next.lastModified(), sourceId);
    }

    /** Forgets the paging position, e.g. when what the source follows has changed. */
    public void resetCursor() {
        cursor = null;
        etag = null;
        lastModified = null;
        nextPollAt = Instant.now();
    }

    /**
     * @param warning items the source delivered but the collector refused, or null when all were fine; it is
     *                recorded at the same instant as the success, which is how {@link #healthState()} knows it
     */
    public void pollSucceeded(Instant now, Duration jitter, String warning) {
        this.lastSuccessAt = now;
        this.nextPollAt = now.plus(pollInterval()).plus(jitter);
        if (warning != null) {
            recordError(now, warning);
        }
    }

    /** The source has more to give right away (a page limit was reached); come back on the next tick. */
    public void pollCutShort(Instant now, String warning) {
        this.lastSuccessAt = now;
        this.nextPollAt = now;
        if (warning != null) {
            recordError(now, warning);
        }
    }

    /** A failing source backs off (up to 8 intervals) so it cannot hammer a broken host. */
    public void pollFailed(Instant now, String error, int consecutiveFailures, Duration jitter) {
        recordError(now, error == null ? "unknown error" : error);
        long factor = 1L << Math.min(3, Math.max(0, consecutiveFailures - 1));
        this.nextPollAt = now.plus(pollInterval().multipliedBy(factor)).plus(jitter);
    }

    /** The platform (or our budget for it) asked us to wait; the next poll is not before it allows. */
    public void pollRateLimited(Instant now, String reason, Instant retryAt, Duration jitter) {
        recordError(now, RATE_LIMITED + reason);
        Instant regular = now.plus(pollInterval());
        this.nextPollAt = (retryAt.isAfter(regular) ? retryAt : regular).plus(jitter);
    }

    /** How the source is doing now, from its type, whether it is enabled, and its last poll outcomes. */
    public HealthState healthState() {
        if (!enabled) {
            return HealthState.DISABLED;
        }
        if (!polled()) {
            return HealthState.PUSH;
        }
        if (lastErrorAt == null) {
            return lastSuccessAt == null ? HealthState.NEVER_POLLED : HealthState.OK;
        }
        if (lastSuccessAt == null || lastErrorAt.isAfter(lastSuccessAt)) {
            return lastError != null && lastError.startsWith(RATE_LIMITED) ? HealthState.RATE_LIMITED
                    : HealthState.FAILING;
        }
        return lastErrorAt.equals(lastSuccessAt) ? HealthState.WARNING : HealthState.OK;
    }

    public boolean acceptsToken(String tokenHash) {
        return ingestTokenHash != null && tokenHash != null
                && java.security.MessageDigest.isEqual(ingestTokenHash.getBytes(), tokenHash.getBytes());
    }

    private void recordError(Instant now, String error) {
        this.lastError = error.substring(0, Math.min(error.length(), MAX_ERROR));
        this.lastErrorAt = now;
    }
}
