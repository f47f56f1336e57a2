package io.replydesk.collector.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Trustpilot Business Units API: a business unit's public service reviews, read-only. Keys under
 * {@code replydesk.collector.trustpilot} (a group of {@link CollectorConfig}).
 */
public interface TrustpilotConfig {
    @WithDefault("https://api.trustpilot.com")
    String defaultBaseUrl();

    @WithDefault("PT30M")
    Duration defaultPollInterval();

    /** Reviews asked for per page; the API serves at most 100. */
    @WithDefault("100")
    int pageSize();

    /** Each sweep also reads back this far before the newest review it took in. */
    @WithDefault("PT10M")
    Duration overlap();

    @WithDefault("10s")
    Duration timeout();

    @WithDefault("2097152")
    int maxBodyBytes();

    @WithDefault("PT5M")
    Duration clockSkew();

    /** Requests per API key in one period: Trustpilot allows about 833 calls in 5 minutes per key. */
    @WithDefault("800")
    int budgetRequests();

    @WithDefault("PT5M")
    Duration budgetPeriod();
}
