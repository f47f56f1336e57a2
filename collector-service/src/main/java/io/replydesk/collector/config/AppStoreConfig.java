package io.replydesk.collector.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Apple App Store: an app's customer reviews in one storefront, read-only, from Apple's public RSS feed. Keys under
 * {@code replydesk.collector.app-store} (a group of {@link CollectorConfig}).
 */
public interface AppStoreConfig {
    @WithDefault("https://itunes.apple.com")
    String defaultBaseUrl();

    /** The App Store Connect API, where sources with a credential answer reviews. */
    @WithDefault("https://api.appstoreconnect.apple.com")
    String connectUrl();

    /** Longest developer response App Store Connect accepts, in characters. */
    @WithDefault("5970")
    int replyMaxLength();

    /** The storefront of sources created without a country. */
    @WithDefault("us")
    String defaultCountry();

    @WithDefault("PT1H")
    Duration defaultPollInterval();

    @WithDefault("10s")
    Duration timeout();

    @WithDefault("2097152")
    int maxBodyBytes();

    @WithDefault("PT5M")
    Duration clockSkew();

    /** Requests per host in one period: Apple publishes no limit; about 20 a minute is what the feed tolerates. */
    @WithDefault("20")
    int budgetRequests();

    @WithDefault("PT1M")
    Duration budgetPeriod();
}
