package io.replydesk.collector.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Reading reviews from the App Store Connect API, for App Store sources with an API key. */
@ConfigMapping(prefix = "replydesk.collector.app-store-connect")
public interface AppStoreConnectConfig {

    /** Reviews asked for per page ({@code limit}); Apple serves at most 200. */
    @WithDefault("100")
    int pageSize();
}
