package io.replydesk.collector.service;

import io.replydesk.collector.config.MastodonHistoryConfig;
import io.replydesk.collector.rest.ProblemException;
import java.time.Duration;

/**
 * The rules of a Mastodon source's settings: it follows a hashtag or a full-text search query, never both, and reads
 * back a bounded window when it is new.
 */
final class MastodonSources {

    /** Why a search needs a credential, in the words the API answers with. */
    static final String SEARCH_NEEDS_TOKEN = "credential is required for a query: Mastodon searches statuses only for"
            + " a logged-in user (a user access token with the read:search scope), and only on servers with"
            + " full-text search enabled";

    private final MastodonHistoryConfig history;

    MastodonSources(MastodonHistoryConfig history) {
        this.history = history;
    }

    /** Whether the source searches (query) rather than follows a hashtag; refuses neither and both. */
    static boolean searches(String hashtag, String query) {
        boolean tag = hashtag != null && !hashtag.isBlank();
        boolean search = query != null && !query.isBlank();
        if (tag == search) {
            throw ProblemException.badRequest("a mastodon source follows either a hashtag or a search query: give"
                    + " hashtag (such as pizzeria_roma) or query (such as \"pizzeria roma\"), not " + (tag ? "both"
                    : "neither"));
        }
        return search;
    }

    /**
     * Search terms. A single #tag or @account is refused: Mastodon does not search those as text (its
     * SearchService#full_text_searchable?), so the source would never find anything.
     */
    static String query(String value) {
        String query = SourceSettings.query(value);
        if ((query.startsWith("#") || query.contains("@")) && !query.contains(" ")) {
            throw ProblemException.badRequest("query '" + query + "' is a single hashtag or account, which Mastodon"
                    + " does not search as text: use hashtag for a hashtag, or add words");
        }
        return query;
    }

    /** The back-fill in seconds: the default when absent, otherwise between none and the configured maximum. */
    int backfillSeconds(Duration requested) {
        Duration backfill = requested == null ? history.defaultBackfill() : requested;
        if (backfill.isNegative() || backfill.compareTo(history.maxBackfill()) > 0) {
            throw ProblemException.badRequest("backfill must be between PT0S (none) and " + history.maxBackfill()
                    + ", such as PT24H");
        }
        return (int) backfill.toSeconds();
    }
}
