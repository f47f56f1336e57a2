package io.replydesk.response.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the response API. */
@ConfigMapping(prefix = "replydesk.response")
public interface ResponseConfig {

    /** Longest reply text accepted, in characters. */
    @WithDefault("20000")
    int maxTextLength();

    /** Longest rejection reason accepted, in characters. */
    @WithDefault("2000")
    int maxReasonLength();

    /** Items returned by a list when the caller gives no limit. */
    @WithDefault("100")
    int defaultLimit();

    /** The most items a list returns. */
    @WithDefault("1000")
    int maxLimit();
}
