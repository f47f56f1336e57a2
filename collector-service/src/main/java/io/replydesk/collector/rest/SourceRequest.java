package io.replydesk.collector.rest;

import io.replydesk.collector.SourceType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * Creates a source; which settings matter depends on the type (GET /api/v1/source-types lists them). A platform
 * secret is never part of it, only the name of a credential the operator configured.
 */
public record SourceRequest(
        @NotNull(message = "is required (rss, webhook, mastodon, bluesky, reddit, google-play, yelp, google-business, app-store, trustpilot)") SourceType type,
        @Size(min = 1, max = 200) String name,
        @Size(max = 2000) String url,
        @Size(max = 2000) String baseUrl,
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
        Duration backfill,
        Boolean enabled) {
}
