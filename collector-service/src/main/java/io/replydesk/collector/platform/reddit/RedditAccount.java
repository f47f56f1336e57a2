package io.replydesk.collector.platform.reddit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The fields of /api/v1/me the collector reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RedditAccount(String name) {
}
