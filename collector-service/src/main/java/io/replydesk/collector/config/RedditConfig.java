package io.replydesk.collector.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Reddit: subreddit listings and search through the OAuth API, and replies as comments. Keys under
 * {@code replydesk.collector.reddit} (a group of {@link CollectorConfig}).
 */
public interface RedditConfig {
    /** The OAuth API host. */
    @WithDefault("https://oauth.reddit.com")
    String apiUrl();

    /** Where access tokens are obtained. */
    @WithDefault("https://www.reddit.com/api/v1/access_token")
    String tokenUrl();

    /**
     * Reddit asks every client to identify itself as {@code <platform>:<app id>:<version> (by /u/<username>)};
     * put the Reddit account responsible for this installation in it.
     */
    @WithDefault("server:io.replydesk.collector:v0.1 (by /u/replydesk)")
    String userAgent();

    @WithDefault("PT2M")
    Duration defaultPollInterval();

    /** Items asked for per page; Reddit serves at most 100. */
    @WithDefault("100")
    int pageSize();

    /** Each sweep also reads back this far before the newest item it took in, for items that appear late. */
    @WithDefault("PT10M")
    Duration overlap();

    @WithDefault("10s")
    Duration timeout();

    @WithDefault("4194304")
    int maxBodyBytes();

    /** Reddit's comment limit, in characters. */
    @WithDefault("10000")
    int replyMaxLength();

    @WithDefault("PT5M")
    Duration clockSkew();

    /** Requests per OAuth client: Reddit allows 100 per minute, averaged over 10 minutes. */
    @WithDefault("600")
    int budgetRequests();

    @WithDefault("PT10M")
    Duration budgetPeriod();
}
