package io.replydesk.collector.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Collector settings; every value can be overridden with a REPLYDESK_COLLECTOR_* environment variable. */
@ConfigMapping(prefix = "replydesk.collector")
public interface CollectorConfig {

    Demo demo();

    Outbound outbound();

    Rss rss();

    Reply reply();

    /** Longest post text accepted from a source, in characters. */
    @WithDefault("20000")
    int maxTextLength();

    /** The built-in demo source that replays bundled posts. */
    interface Demo {
        @WithDefault("false")
        boolean enabled();

        /** Pause between two replayed posts, so a newcomer can watch them arrive. */
        @WithDefault("3s")
        Duration interval();
    }

    /** Outbound HTTP (feeds, reply callbacks). */
    interface Outbound {
        /**
         * Allow loopback, link-local and private addresses. Off in production (SSRF guard); the local run turns it
         * on so local stubs and receivers work.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        @WithDefault("10s")
        Duration timeout();

        @WithDefault("ReplyDesk/0.1 (+https://github.com/replydesk/replydesk)")
        String userAgent();
    }

    /** RSS/Atom polling. */
    interface Rss {
        @WithDefault("PT5M")
        Duration defaultPollInterval();

        @WithDefault("PT30S")
        Duration minPollInterval();

        /** Feeds larger than this are refused rather than parsed. */
        @WithDefault("5242880")
        int maxFeedBytes();

        @WithDefault("4")
        int parallelPolls();

        /** How often the poller looks for due sources. */
        @WithDefault("5s")
        Duration tick();
    }

    /** Posting approved replies. */
    interface Reply {
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("1s")
        Duration backoff();
    }
}
