package io.replydesk.collector.platform.bluesky;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of com.atproto.server.createSession: whose account it is and the token for the next calls. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BlueskySession(String did, String handle, String accessJwt) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "BlueskySession[did=" + did + ", handle=" + handle + "]";
    }
}
