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

    Rss rss();

    Mastodon mastodon();

    Bluesky bluesky();

    Reddit reddit();

    GooglePlay googlePlay();

    Yelp yelp();

    GoogleBusiness googleBusiness();

    AppStore appStore();

    Trustpilot trustpilot();

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

    /** Bluesky (AT Protocol): post search and replies through the account's PDS. */
    interface Bluesky {
        /** The service sources use unless they name their own PDS: bsky.social serves accounts hosted by Bluesky. */
        @WithDefault("https://bsky.social")
        String defaultBaseUrl();

        @WithDefault("PT1M")
        Duration defaultPollInterval();

        /** Posts asked for per page; searchPosts serves at most 100. */
        @WithDefault("50")
        int pageSize();

        /** Each sweep also reads back this far before the newest post it took in, for posts indexed late. */
        @WithDefault("PT10M")
        Duration overlap();

        /** Connect and read timeout of one API call. */
        @WithDefault("10s")
        Duration timeout();

        /** Answers larger than this are refused rather than parsed. */
        @WithDefault("2097152")
        int maxBodyBytes();

        /** Bluesky's post limit, in graphemes (it also caps a post at 3000 bytes). */
        @WithDefault("300")
        int replyMaxLength();

        /** A post dated further ahead than this is refused as implausible. */
        @WithDefault("PT5M")
        Duration clockSkew();

        /** Requests per credential and service in one period: Bluesky's PDS allows 3000 per 5 minutes. */
        @WithDefault("3000")
        int budgetRequests();

        @WithDefault("PT5M")
        Duration budgetPeriod();
    }

    /** Reddit: subreddit listings and search through the OAuth API, and replies as comments. */
    interface Reddit {
        /** The OAuth API host. */
        @WithDefault("https://oauth.reddit.com")
        String apiUrl();

        /** Where access tokens are obtained. */
        @WithDefault("https://www.reddit.com/api/v1/access_token")
        String tokenUrl();

        /**
         * Reddit asks every client to identify itself as {@code <platform>:<app id>:<version> (by /u/<username>)};
         * put the Reddit account responsible for this installation in it.
         */
        @WithDefault("server:io.replydesk.collector:v0.1 (by /u/replydesk)")
        String userAgent();

        @WithDefault("PT2M")
        Duration defaultPollInterval();

        /** Items asked for per page; Reddit serves at most 100. */
        @WithDefault("100")
        int pageSize();

        /** Each sweep also reads back this far before the newest item it took in, for items that appear late. */
        @WithDefault("PT10M")
        Duration overlap();

        @WithDefault("10s")
        Duration timeout();

        @WithDefault("4194304")
        int maxBodyBytes();

        /** Reddit's comment limit, in characters. */
        @WithDefault("10000")
        int replyMaxLength();

        @WithDefault("PT5M")
        Duration clockSkew();

        /** Requests per OAuth client: Reddit allows 100 per minute, averaged over 10 minutes. */
        @WithDefault("600")
        int budgetRequests();

        @WithDefault("PT10M")
        Duration budgetPeriod();
    }

    /** Google Play Developer API: an app's reviews and replies to them. */
    interface GooglePlay {
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

    /** Yelp Fusion: a business's review excerpts, read-only. */
    interface Yelp {
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

    /** Google Business Profile: a location's reviews and the owner's replies. */
    interface GoogleBusiness {
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

    /** Apple App Store: an app's customer reviews in one storefront, read-only, from Apple's public RSS feed. */
    interface AppStore {
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

    /** Trustpilot Business Units API: a business unit's public service reviews, read-only. */
    interface Trustpilot {
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
}
