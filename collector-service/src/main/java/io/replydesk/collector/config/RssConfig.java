package io.replydesk.collector.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * RSS/Atom polling. Keys under {@code replydesk.collector.rss} (a group of {@link CollectorConfig}).
 */
public interface RssConfig {
    @WithDefault("PT5M")
    Duration defaultPollInterval();

    /** Feeds larger than this are refused rather than parsed. */
    @WithDefault("5242880")
    int maxFeedBytes();
}
