package io.replydesk.collector.platform.mastodon;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of POST /api/v1/statuses for a reply. */
public record NewStatus(
        String status,
        @JsonProperty("in_reply_to_id") String inReplyToId,
        String visibility) {
}
