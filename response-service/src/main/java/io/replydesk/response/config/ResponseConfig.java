package io.replydesk.response.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Limits and policies of the response service. */
@ConfigMapping(prefix = "replydesk.response")
public interface ResponseConfig {

    /** Longest reply text accepted, in characters, whatever the platform. */
    @WithDefault("20000")
    int maxTextLength();

    /** Longest rejection reason accepted, in characters. */
    @WithDefault("2000")
    int maxReasonLength();

    /** Items returned by a list when the caller gives no limit. */
    @WithDefault("100")
    int defaultLimit();

    /** The most items a list returns. */
    @WithDefault("1000")
    int maxLimit();

    /** Four-eyes rule: whoever edited a draft's text cannot approve it. */
    @WithDefault("false")
    boolean fourEyes();

    Drafting drafting();

    /** Per source type ("mastodon", "webhook", ...): what the platform accepts as a reply. */
    Map<String, Platform> platforms();

    Playbook playbook();

    Incidents incidents();

    Alerts alerts();

    /** Which assessments get a draft. Negative and unreasonable posts always do. */
    interface Drafting {
        /** Also draft a thank-you for positive posts (not for positive text with a low rating). */
        @WithDefault("false")
        boolean positiveReviews();

        /** A rating at or above this share of its scale counts as positive (4 of 5 = 0.8). */
        @WithDefault("0.8")
        double positiveRatingShare();
    }

    /** What one platform accepts. */
    interface Platform {
        /** Longest reply in characters (code points); none when empty. */
        OptionalInt maxLength();

        /** The platform puts "@author " before the reply and counts it in the limit (Mastodon does). */
        @WithDefault("false")
        boolean mentionsAuthor();
    }

    /** The reply playbook. */
    interface Playbook {
        /** Languages with a phrase file: playbook/<language>.json on the classpath or in {@link #directory()}. */
        @WithDefault("en,it,hu")
        List<String> languages();

        /** Optional directory with more (or replacement) language files. */
        Optional<String> directory();

        /** The most variants one template cell may hold. */
        @WithDefault("10")
        int maxVariants();

        /** Longest template source accepted, in characters. */
        @WithDefault("4000")
        int maxTemplateLength();
    }

    /** How flagged posts are grouped into incidents. */
    interface Incidents {
        /** Posts of the same category this close together belong to one incident. */
        @WithDefault("PT6H")
        Duration window();

        /** Flagged (non-viral) posts of one category within the window that open an incident. */
        @WithDefault("3")
        int minPosts();
    }

    /** Alerts on urgent assessments. */
    interface Alerts {
        /** NEGATIVE posts at or above this priority alert (VIRAL ones always do). */
        @WithDefault("70")
        int minPriority();

        /** Another alert for the same incident (or post) within this time is suppressed. */
        @WithDefault("PT15M")
        Duration dedupeWindow();

        /** At most this many alerts per minute leave through webhooks and e-mail (the live stream gets all). */
        @WithDefault("20")
        int maxPerMinute();

        /** Slack-compatible incoming-webhook URLs (JSON {"text": ...}). */
        Optional<List<String>> webhooks();

        /** Recipients of alert e-mails (sent through Quarkus Mailer). */
        Optional<List<String>> emailTo();

        /** Base URL of the inbox, for links in alerts. */
        @WithDefault("http://localhost:8080/")
        String inboxUrl();
    }
}
