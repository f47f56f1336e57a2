package io.replydesk.collector.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Bluesky (AT Protocol): post search and replies through the account's PDS. Keys under
 * {@code replydesk.collector.bluesky} (a group of {@link CollectorConfig}).
 */
public interface BlueskyConfig {
    /** The service sources use unless they name their own PDS: bsky.social serves accounts hosted by Bluesky. */
    @WithDefault("https://bsky.social")
    String defaultBaseUrl();

    @WithDefault("PT1M")
    Duration defaultPollInterval();

    /** Posts asked for per page; searchPosts serves at most 100. */
    @WithDefault("50")
    int pageSize();

    /** Each sweep also reads back this far before the newest post it took in, for posts indexed late. */
    @WithDefault("PT10M")
    Duration overlap();

    /** Connect and read timeout of one API call. */
    @WithDefault("10s")
    Duration timeout();

    /** Answers larger than this are refused rather than parsed. */
    @WithDefault("2097152")
    int maxBodyBytes();

    /** Bluesky's post limit, in graphemes (it also caps a post at 3000 bytes). */
    @WithDefault("300")
    int replyMaxLength();

    /** A post dated further ahead than this is refused as implausible. */
    @WithDefault("PT5M")
    Duration clockSkew();

    /** Requests per credential and service in one period: Bluesky's PDS allows 3000 per 5 minutes. */
    @WithDefault("3000")
    int budgetRequests();

    @WithDefault("PT5M")
    Duration budgetPeriod();
}
