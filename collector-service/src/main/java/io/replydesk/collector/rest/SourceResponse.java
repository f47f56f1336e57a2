package io.replydesk.collector.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import java.time.Duration;
import java.time.Instant;

/** A source as the API shows it: settings and health, never a secret (the ingest token only once, at creation). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceResponse(
        String id,
        SourceType type,
        String name,
        String url,
        String replyCallbackUrl,
        Duration pollInterval,
        boolean enabled,
        boolean canReply,
        Instant createdAt,
        Health health,
        String ingestUrl,
        String ingestToken) {

    /** When the source last worked, last failed, and will next be polled. */
    public record Health(Instant lastSuccessAt, String lastError, Instant lastErrorAt, Instant nextPollAt) {
    }

    public static SourceResponse from(Source source, boolean canReply) {
        return from(source, canReply, null);
    }

    public static SourceResponse from(Source source, boolean canReply, String ingestToken) {
        boolean pushed = source.type == SourceType.WEBHOOK;
        return new SourceResponse(source.id, source.type, source.name, source.url, source.replyCallbackUrl,
                source.polled() ? source.pollInterval() : null, source.enabled, canReply, source.createdAt,
                new Health(source.lastSuccessAt, source.lastError, source.lastErrorAt, source.nextPollAt),
                pushed ? "/api/v1/ingest/" + source.id : null, ingestToken);
    }
}
