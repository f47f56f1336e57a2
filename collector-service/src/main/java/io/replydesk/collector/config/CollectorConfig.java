package io.replydesk.collector.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Collector settings; every value can be overridden with a REPLYDESK_COLLECTOR_* environment variable. */
@ConfigMapping(prefix = "replydesk.collector")
public interface CollectorConfig {

    Demo demo();

    Outbound outbound();

    Polling polling();

    RateLimit rateLimit();

    Credentials credentials();

    RssConfig rss();

    MastodonConfig mastodon();

    BlueskyConfig bluesky();

    RedditConfig reddit();

    GooglePlayConfig googlePlay();

    YelpConfig yelp();

    GoogleBusinessConfig googleBusiness();

    AppStoreConfig appStore();

    TrustpilotConfig trustpilot();

    Reply reply();

    @WithName("engagement")
    EngagementTracking engagementTracking();

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

        /**
         * Internal hosts allowed although private addresses are not: exact names, {@code *.suffix} patterns or
         * CIDR ranges, so an intranet feed does not require opening every private address.
         */
        Optional<List<String>> allowedInternalHosts();

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

        /**
         * How long a stopping collector waits for running polls to finish (their pages and health saved) before it
         * interrupts them; an interrupted poll resumes after its last page taken in on the next start.
         */
        @WithDefault("5s")
        Duration shutdownGrace();
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

    /** Re-reading the counters of recent posts (likes, shares, replies, views) on a decaying schedule. */
    interface EngagementTracking {
        @WithDefault("true")
        boolean enabled();

        /** How often due refreshes are looked for. */
        @WithDefault("30s")
        Duration tick();

        /**
         * Steps of {@code <post age>=<interval>}, youngest first: a post younger than the age is read again after
         * the interval; past the last age it is no longer followed.
         */
        @WithDefault("PT1H=PT5M,PT6H=PT30M,PT48H=PT2H")
        String schedule();

        /** Posts of one source refreshed in one tick at most; the rest wait for the next tick. */
        @WithDefault("500")
        int maxPostsPerTick();

        /**
         * Share of every request budget kept for polls and replies: a refresh only spends a request while more than
         * this share is left, so following engagement never starves the regular polls.
         */
        @WithDefault("0.5")
        double budgetReserve();
    }

    /** Posting approved replies. */
    interface Reply {
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("1s")
        Duration backoff();
    }

}
