package io.replydesk.collector.platform.mastodon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The fields of a Mastodon Status the collector reads. {@code createdAt} stays a string so one bad date refuses
 * one status, not the whole page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MastodonStatus(
        String id,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("in_reply_to_id") String inReplyToId,
        @JsonProperty("spoiler_text") String spoilerText,
        String visibility,
        String language,
        String uri,
        String url,
        String content,
        MastodonAccount account,
        MastodonStatus reblog,
        @JsonProperty("replies_count") Long repliesCount,
        @JsonProperty("reblogs_count") Long reblogsCount,
        @JsonProperty("favourites_count") Long favouritesCount) {
}
