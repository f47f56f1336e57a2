package io.replydesk.collector.rest;

import jakarta.validation.constraints.Size;
import java.time.Duration;

/** A partial change to a source: absent fields stay as they are. The type cannot change. */
public record SourcePatch(
        @Size(min = 1, max = 200) String name,
        @Size(max = 2000) String url,
        @Size(max = 200) String hashtag,
        @Size(max = 500) String query,
        @Size(max = 100) String subreddit,
        @Size(max = 255) String packageName,
        @Size(max = 200) String businessId,
        @Size(max = 300) String location,
        @Size(max = 20) String appId,
        @Size(max = 2) String country,
        @Size(max = 50) String businessUnitId,
        @Size(max = 100) String credential,
        @Size(max = 2000) String replyCallbackUrl,
        Duration pollInterval,
        Boolean enabled) {
}
