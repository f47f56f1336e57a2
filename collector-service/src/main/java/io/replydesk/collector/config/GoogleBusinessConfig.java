package io.replydesk.collector.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Google Business Profile: a location's reviews and the owner's replies. Keys under
 * {@code replydesk.collector.google-business} (a group of {@link CollectorConfig}).
 */
public interface GoogleBusinessConfig {
    @WithDefault("https://mybusiness.googleapis.com")
    String defaultBaseUrl();

    /** Where a refresh token is traded for an access token. */
    @WithDefault("https://oauth2.googleapis.com/token")
    String tokenUrl();

    @WithDefault("PT15M")
    Duration defaultPollInterval();

    /** Reviews asked for per page; the API serves at most 50. */
    @WithDefault("50")
    int pageSize();

    /** Each sweep also reads back this far before the newest review it took in. */
    @WithDefault("PT10M")
    Duration overlap();

    @WithDefault("10s")
    Duration timeout();

    @WithDefault("2097152")
    int maxBodyBytes();

    /** The API's limit on an owner reply, in bytes. */
    @WithDefault("4096")
    int replyMaxLength();

    @WithDefault("PT5M")
    Duration clockSkew();

    /** Requests per credential in one period: Business Profile APIs allow 300 a minute per project by default. */
    @WithDefault("300")
    int budgetRequests();

    @WithDefault("PT1M")
    Duration budgetPeriod();
}
