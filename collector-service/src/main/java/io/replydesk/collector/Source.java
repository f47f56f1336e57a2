package io.replydesk.collector;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public SourceType type;
    public String name;
    public String url;
    @Column(name = "reply_callback_url")
    public String replyCallbackUrl;
    @Column(name = "ingest_token_hash")
    public String ingestTokenHash;
    @Column(name = "poll_interval_s")
    public int pollIntervalSeconds;
    public boolean enabled = true;
    @Column(name = "created_at")
    public Instant createdAt;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
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
        return type == SourceType.RSS;
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(pollIntervalSeconds);
    }

    public boolean duePoll(Instant now) {
        return enabled && polled() && (nextPollAt == null || !nextPollAt.isAfter(now));
    }

    public void pollSucceeded(Instant now, String etag, String lastModified) {
        this.lastSuccessAt = now;
        this.etag = etag;
        this.lastModified = lastModified;
        this.nextPollAt = now.plus(pollInterval());
    }

    /** A failing source backs off (up to 8 intervals) so it cannot hammer a broken host. */
    public void pollFailed(Instant now, String error, int consecutiveFailures) {
        this.lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), MAX_ERROR));
        this.lastErrorAt = now;
        long factor = 1L << Math.min(3, Math.max(0, consecutiveFailures - 1));
        this.nextPollAt = now.plus(pollInterval().multipliedBy(factor));
    }

    public boolean acceptsToken(String tokenHash) {
        return ingestTokenHash != null && tokenHash != null
                && java.security.MessageDigest.isEqual(ingestTokenHash.getBytes(), tokenHash.getBytes());
    }
}
