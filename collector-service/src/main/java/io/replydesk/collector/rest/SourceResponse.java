package io.replydesk.collector.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.replydesk.collector.HealthState;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.service.IngestSecrets;
import java.time.Duration;
import java.time.Instant;

/**
 * A source as the API shows it: settings, what its platform allows, and health. Never a secret: a credential
 * appears by name only, and a webhook's ingest token and signing secret only once, at creation or rotation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceResponse(
        String id,
        SourceType type,
        String name,
        String url,
        String baseUrl,
        String hashtag,
        String query,
        String subreddit,
        String packageName,
        String businessId,
        String location,
        String appId,
        String country,
        String businessUnitId,
        String credential,
        String replyCallbackUrl,
        Duration pollInterval,
        Duration backfill,
        boolean enabled,
        boolean canReply,
        Capabilities capabilities,
        Instant createdAt,
        Health health,
        String ingestUrl,
        String ingestToken,
        String signingSecret) {

    /**
     * How the source is doing now ({@code state}, see {@link HealthState}), when it last worked, last failed (or
     * refused items), and will next be polled. The last error stays after a recovery; {@code state} says whether
     * it still holds.
     */
    public record Health(HealthState state, Instant lastSuccessAt, String lastError, Instant lastErrorAt,
            Instant nextPollAt) {
    }

    public static SourceResponse from(Source source, boolean canReply, Capabilities capabilities) {
        return from(source, canReply, capabilities, null);
    }

    public static SourceResponse from(Source source, boolean canReply, Capabilities capabilities,
            IngestSecrets secrets) {
        boolean pushed = source.type == SourceType.WEBHOOK;
        return new SourceResponse(source.id, source.type, source.name, source.url, source.baseUrl, source.hashtag,
                source.query, source.subreddit, source.packageName,
                source.businessId, source.locationName, source.appId, source.country, source.businessUnitId,
                source.credential, source.replyCallbackUrl, source.polled() ? source.pollInterval() : null,
                source.type == SourceType.MASTODON ? source.backfill() : null,
                source.enabled, canReply, capabilities, source.createdAt,
                new Health(source.healthState(), source.lastSuccessAt, source.lastError, source.lastErrorAt,
                        source.nextPollAt),
                pushed ? "/api/v1/ingest/" + source.id : null,
                secrets == null ? null : secrets.ingestToken(), secrets == null ? null : secrets.signingSecret());
    }
}
