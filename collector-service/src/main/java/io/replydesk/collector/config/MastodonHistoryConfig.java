package io.replydesk.collector.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How far back a new Mastodon source reads (back-fill of a hashtag, first sweep of a search). */
@ConfigMapping(prefix = "replydesk.collector.mastodon-history")
public interface MastodonHistoryConfig {

    /** The back-fill of sources created without one. */
    @WithDefault("PT24H")
    Duration defaultBackfill();

    /** The longest back-fill a source may ask for: older statuses are what search engines are for. */
    @WithDefault("P7D")
    Duration maxBackfill();

    /** Older pages one back-fill may read at most, whatever the window (40 statuses a page). */
    @WithDefault("25")
    int maxBackfillPages();
}
