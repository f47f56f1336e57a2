package io.replydesk.collector.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Google Play Developer API: an app's reviews and replies to them. Keys under {@code replydesk.collector.google-
 * play} (a group of {@link CollectorConfig}).
 */
public interface GooglePlayConfig {
    /** The API host sources use unless they name another. */
    @WithDefault("https://androidpublisher.googleapis.com")
    String defaultBaseUrl();

    /** Reviews stay visible to the API for 7 days; poll well within that. */
    @WithDefault("PT15M")
    Duration defaultPollInterval();

    /** Reviews asked for per page. */
    @WithDefault("100")
    int pageSize();

    /** Each sweep also reads back this far before the newest review it took in. */
    @WithDefault("PT10M")
    Duration overlap();

    @WithDefault("10s")
    Duration timeout();

    @WithDefault("2097152")
    int maxBodyBytes();

    /** Google Play's limit on a developer reply, in characters. */
    @WithDefault("350")
    int replyMaxLength();

    @WithDefault("PT5M")
    Duration clockSkew();

    /** Requests per credential: Google allows 200 review reads an hour (and 2000 replies a day). */
    @WithDefault("200")
    int budgetRequests();

    @WithDefault("PT1H")
    Duration budgetPeriod();
}
