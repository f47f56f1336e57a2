package io.replydesk.collector.platform.mastodon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The fields of a Mastodon Account the collector reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MastodonAccount(
        String id,
        String username,
        String acct,
        @JsonProperty("display_name") String displayName,
        String url,
        @JsonProperty("followers_count") Long followersCount) {
}
