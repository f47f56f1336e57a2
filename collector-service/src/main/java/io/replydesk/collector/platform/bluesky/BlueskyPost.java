package io.replydesk.collector.platform.bluesky;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of an app.bsky.feed.defs#postView the collector reads. The record stays a tree, and dates stay
 * strings, so one odd post refuses one post, not the whole page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BlueskyPost(
        String uri,
        String cid,
        Author author,
        JsonNode record,
        String indexedAt,
        Long likeCount,
        Long repostCount,
        Long replyCount,
        Long quoteCount) {

    /** app.bsky.actor.defs#profileViewBasic: search results carry no follower count. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String did, String handle, String displayName, Long followersCount) {
    }
}
