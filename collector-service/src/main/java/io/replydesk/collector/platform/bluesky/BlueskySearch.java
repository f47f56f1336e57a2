package io.replydesk.collector.platform.bluesky;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of app.bsky.feed.searchPosts and the token of the next (older) page, if any. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BlueskySearch(List<BlueskyPost> posts, String cursor) {
}
