package io.replydesk.collector.platform.reddit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of the token endpoint; Reddit answers a refused grant with 200 and {@code error}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RedditToken(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") Long expiresIn,
        String scope, String error) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "RedditToken[scope=" + scope + ", error=" + error + "]";
    }
}
