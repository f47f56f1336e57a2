package io.replydesk.collector.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Mastodon (and API-compatible servers): hashtag timelines and replies. Keys under
 * {@code replydesk.collector.mastodon} (a group of {@link CollectorConfig}).
 */
public interface MastodonConfig {
    @WithDefault("PT1M")
    Duration defaultPollInterval();

    /** Statuses asked for per page; Mastodon serves at most 40. */
    @WithDefault("40")
    int pageSize();

    /** Connect and read timeout of one API call. */
    @WithDefault("10s")
    Duration timeout();

    /** Answers larger than this are refused rather than parsed. */
    @WithDefault("2097152")
    int maxBodyBytes();

    /** Mastodon's default status limit; servers can raise it. */
    @WithDefault("500")
    int replyMaxLength();

    /** public, unlisted, private or direct. */
    @WithDefault("public")
    String replyVisibility();

    /** A status dated further ahead than this is refused as implausible. */
    @WithDefault("PT5M")
    Duration clockSkew();

    /** Requests per credential and server in one period: Mastodon allows 300 per 5 minutes. */
    @WithDefault("300")
    int budgetRequests();

    @WithDefault("PT5M")
    Duration budgetPeriod();
}
