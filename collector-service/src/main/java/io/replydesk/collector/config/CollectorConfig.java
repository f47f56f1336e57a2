package io.replydesk.collector.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Collector settings; every value can be overridden with a REPLYDESK_COLLECTOR_* environment variable. */
@ConfigMapping(prefix = "replydesk.collector")
public interface CollectorConfig {

    Demo demo();

    Outbound outbound();

    Polling polling();

    RateLimit rateLimit();

    Credentials credentials();

    Rss rss();

    Mastodon mastodon();

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

    /** Outbound HTTP (feeds, platform APIs, reply callbacks). */
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

    /** The scheduler shared by every polled source type. */
    interface Polling {
        /** How often the scheduler looks for due sources. */
        @WithDefault("5s")
        Duration tick();

        /** Sources polled at the same time; a slow source holds one of these, never the others. */
        @WithDefault("4")
        int parallelPolls();

        /** Up to this fraction of the interval is added at random, so sources do not all poll in step. */
        @WithDefault("0.1")
        double jitter();

        @WithDefault("PT30S")
        Duration minPollInterval();

        /** Pages one poll may take in; a source with more waiting comes back on the next tick. */
        @WithDefault("5")
        int maxPagesPerPoll();
    }

    /** Backoff when a platform says 429/503 without saying how long to wait. */
    interface RateLimit {
        @WithDefault("5s")
        Duration initialBackoff();

        @WithDefault("PT15M")
        Duration maxBackoff();
    }

    /** Named platform credentials: REPLYDESK_CREDENTIAL_<NAME> or a file of that name in a mounted Secret. */
    interface Credentials {
        @WithDefault("/var/run/secrets/replydesk")
        String directory();
    }

    /** RSS/Atom polling. */
    interface Rss {
        @WithDefault("PT5M")
        Duration defaultPollInterval();

        /** Feeds larger than this are refused rather than parsed. */
        @WithDefault("5242880")
        int maxFeedBytes();
    }

    /** Mastodon (and API-compatible servers): hashtag timelines and replies. */
    interface Mastodon {
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

    /** Posting approved replies. */
    interface Reply {
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("1s")
        Duration backoff();
    }
}
