package io.replydesk.collector.rest;

import io.replydesk.collector.SourceType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/** Creates or changes a source; which settings matter depends on the type. Secrets are never part of it. */
public record SourceRequest(
        @NotNull(message = "is required (rss, webhook)") SourceType type,
        @Size(min = 1, max = 200) String name,
        @Size(max = 2000) String url,
        @Size(max = 2000) String replyCallbackUrl,
        Duration pollInterval,
        Boolean enabled) {
}
