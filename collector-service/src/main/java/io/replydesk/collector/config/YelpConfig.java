package io.replydesk.collector.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Yelp Fusion: a business's review excerpts, read-only. Keys under {@code replydesk.collector.yelp} (a group of
 * {@link CollectorConfig}).
 */
public interface YelpConfig {
    @WithDefault("https://api.yelp.com")
    String defaultBaseUrl();

    /** Yelp shares three excerpts per business; they change slowly. */
    @WithDefault("PT1H")
    Duration defaultPollInterval();

    @WithDefault("10s")
    Duration timeout();

    @WithDefault("262144")
    int maxBodyBytes();

    @WithDefault("PT5M")
    Duration clockSkew();

    /** Requests per API key in one period: Yelp's daily limits depend on the plan; 500 a day by default. */
    @WithDefault("500")
    int budgetRequests();

    @WithDefault("P1D")
    Duration budgetPeriod();
}
