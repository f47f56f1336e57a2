package io.replydesk.collector.service;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.rest.ProblemException;
import io.replydesk.collector.rest.SourcePatch;
import java.time.Instant;
import java.util.Objects;

/**
 * Applies a PATCH to a source: each setting only where its type has it. A change of what the source follows
 * forgets the paging position, so the next poll starts over on the new target.
 */
final class SourcePatches {

    private final SourceChecks checks;

    SourcePatches(SourceChecks checks) {
        this.checks = checks;
    }

    void apply(Source source, SourcePatch patch) {
        if (patch.name() != null) {
            source.name = patch.name();
        }
        if (patch.enabled() != null) {
            source.enabled = patch.enabled();
        }
        if (patch.url() != null) {
            only(source, "url applies to rss sources only", SourceType.RSS);
            source.url = checks.url(patch.url());
            source.etag = null;
            source.lastModified = null;
        }
        follows(source, patch);
        if (patch.credential() != null) {
            if (!source.polled() || source.type == SourceType.RSS) {
                throw ProblemException.badRequest("credential applies to mastodon, bluesky, reddit, google-play,"
                        + " yelp, google-business, trustpilot and app-store sources only");
            }
            boolean required = source.type != SourceType.MASTODON && source.type != SourceType.APP_STORE
                    || source.query != null;
            source.credential = patch.credential().isBlank() && !required ? null
                    : checks.credential(patch.credential());
        }
        if (patch.replyCallbackUrl() != null) {
            only(source, "replyCallbackUrl applies to webhook sources only", SourceType.WEBHOOK);
            source.replyCallbackUrl = patch.replyCallbackUrl().isBlank() ? null : checks.url(patch.replyCallbackUrl());
        }
        if (patch.pollInterval() != null) {
            if (!source.polled()) {
                throw ProblemException.badRequest("pollInterval applies to polled sources only");
            }
            source.pollIntervalSeconds = (int) checks.pollInterval(patch.pollInterval(), source.pollInterval())
                    .toSeconds();
            source.nextPollAt = Instant.now();
        }
    }

    /** What the source follows on its platform: a changed target starts from a fresh cursor. */
    private void follows(Source source, SourcePatch patch) {
        if (patch.hashtag() != null) {
            if (source.type != SourceType.MASTODON || source.query != null) {
                throw ProblemException.badRequest("hashtag applies to mastodon hashtag sources only");
            }
            source.hashtag = retarget(source, source.hashtag, SourceSettings.hashtag(patch.hashtag()));
        }
        if (patch.query() != null) {
            query(source, patch.query());
        }
        if (patch.subreddit() != null) {
            only(source, "subreddit applies to reddit sources only", SourceType.REDDIT);
            String subreddit = patch.subreddit().isBlank() && source.query != null ? null
                    : SourceSettings.subreddit(patch.subreddit());
            source.subreddit = retarget(source, source.subreddit, subreddit);
        }
        if (patch.packageName() != null) {
            only(source, "packageName applies to google-play sources only", SourceType.GOOGLE_PLAY);
            source.packageName = retarget(source, source.packageName,
                    SourceSettings.packageName(patch.packageName()));
        }
        if (patch.businessId() != null) {
            only(source, "businessId applies to yelp sources only", SourceType.YELP);
            source.businessId = SourceSettings.businessId(patch.businessId());
        }
        if (patch.location() != null) {
            only(source, "location applies to google-business sources only", SourceType.GOOGLE_BUSINESS);
            source.locationName = retarget(source, source.locationName, SourceSettings.location(patch.location()));
        }
        if (patch.appId() != null || patch.country() != null) {
            only(source, "appId and country apply to app-store sources only", SourceType.APP_STORE);
            String appId = patch.appId() == null ? source.appId : SourceSettings.appId(patch.appId());
            String country = patch.country() == null ? source.country : SourceSettings.country(patch.country());
            if (!appId.equals(source.appId) || !country.equals(source.country)) {
                source.appId = appId;
                source.country = country;
                source.resetCursor();
            }
        }
        if (patch.businessUnitId() != null) {
            only(source, "businessUnitId applies to trustpilot sources only", SourceType.TRUSTPILOT);
            source.businessUnitId = retarget(source, source.businessUnitId,
                    SourceSettings.businessUnitId(patch.businessUnitId()));
        }
    }

    private static void query(Source source, String value) {
        boolean mastodonSearch = source.type == SourceType.MASTODON && source.query != null;
        if (source.type != SourceType.BLUESKY && source.type != SourceType.REDDIT && !mastodonSearch) {
            throw ProblemException.badRequest("query applies to bluesky, reddit and mastodon search sources only");
        }
        String query = value.isBlank() && source.type == SourceType.REDDIT && source.subreddit != null ? null
                : mastodonSearch ? MastodonSources.query(value) : SourceSettings.query(value);
        source.query = retarget(source, source.query, query);
    }

    /** The new target of the source; a different one than before forgets the paging position. */
    private static String retarget(Source source, String before, String after) {
        if (!Objects.equals(before, after)) {
            source.resetCursor();
        }
        return after;
    }

    private static void only(Source source, String refusal, SourceType type) {
        if (source.type != type) {
            throw ProblemException.badRequest(refusal);
        }
    }
}
