package io.replydesk.collector.service;

import static io.replydesk.collector.service.SourceChecks.blank;
import static io.replydesk.collector.service.SourceChecks.require;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.rest.ProblemException;
import io.replydesk.collector.rest.SourceRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/** Makes a new source from a request: the settings its type needs, checked, with the platform's defaults. */
final class SourceCreation {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final SourceChecks checks;
    private final CollectorConfig config;
    private final MastodonSources mastodon;

    SourceCreation(SourceChecks checks, CollectorConfig config, MastodonSources mastodon) {
        this.checks = checks;
        this.config = config;
        this.mastodon = mastodon;
    }

    /** A new, not yet saved source and, for a webhook, the secrets it accepts pushes with. */
    SourceCatalog.Created create(SourceRequest request) {
        if (request.type() == SourceType.DEMO) {
            throw ProblemException.badRequest("the demo source is built in; it cannot be created");
        }
        if (request.backfill() != null && request.type() != SourceType.MASTODON) {
            throw ProblemException.badRequest("backfill applies to mastodon sources only");
        }
        Source source = new Source();
        source.id = newId();
        source.type = request.type();
        source.name = blank(request.name()) ? request.type().json() : request.name();
        source.createdAt = Instant.now();
        source.enabled = request.enabled() == null || request.enabled();
        IngestSecrets secrets = null;
        switch (request.type()) {
            case RSS -> source.url = checks.url(require(request.url(), "url"));
            case MASTODON -> mastodon(source, request);
            case BLUESKY -> {
                source.baseUrl = checks.baseUrlOr(request.baseUrl(), config.bluesky().defaultBaseUrl());
                source.query = SourceSettings.query(require(request.query(), "query"));
                // bsky.social answers searches and takes replies only from a logged-in account
                source.credential = checks.credential(require(request.credential(), "credential"));
            }
            case REDDIT -> {
                if (blank(request.query()) && blank(request.subreddit())) {
                    throw ProblemException.badRequest("query or subreddit is required (or both: a search inside"
                            + " the subreddit)");
                }
                source.query = blank(request.query()) ? null : SourceSettings.query(request.query());
                source.subreddit = blank(request.subreddit()) ? null : SourceSettings.subreddit(request.subreddit());
                source.credential = checks.credential(require(request.credential(), "credential"));
            }
            case GOOGLE_PLAY -> {
                source.baseUrl = checks.baseUrlOr(request.baseUrl(), config.googlePlay().defaultBaseUrl());
                source.packageName = SourceSettings.packageName(require(request.packageName(), "packageName"));
                source.credential = checks.credential(require(request.credential(), "credential"));
            }
            case YELP -> {
                source.baseUrl = checks.baseUrlOr(request.baseUrl(), config.yelp().defaultBaseUrl());
                source.businessId = SourceSettings.businessId(require(request.businessId(), "businessId"));
                source.credential = checks.credential(require(request.credential(), "credential"));
            }
            case GOOGLE_BUSINESS -> {
                source.baseUrl = checks.baseUrlOr(request.baseUrl(), config.googleBusiness().defaultBaseUrl());
                source.locationName = SourceSettings.location(require(request.location(), "location"));
                source.credential = checks.credential(require(request.credential(), "credential"));
            }
            case APP_STORE -> {
                source.baseUrl = checks.baseUrlOr(request.baseUrl(), config.appStore().defaultBaseUrl());
                source.appId = SourceSettings.appId(require(request.appId(), "appId"));
                source.country = SourceSettings.country(blank(request.country()) ? config.appStore().defaultCountry()
                        : request.country());
                // optional: an App Store Connect API key, to answer reviews
                source.credential = checks.optionalCredential(request.credential());
            }
            case TRUSTPILOT -> {
                source.baseUrl = checks.baseUrlOr(request.baseUrl(), config.trustpilot().defaultBaseUrl());
                source.businessUnitId = SourceSettings.businessUnitId(require(request.businessUnitId(),
                        "businessUnitId"));
                source.credential = checks.credential(require(request.credential(), "credential"));
            }
            case WEBHOOK -> {
                if (!blank(request.replyCallbackUrl())) {
                    source.replyCallbackUrl = checks.url(request.replyCallbackUrl());
                }
                secrets = IngestSecrets.issue(source);
            }
            default -> throw ProblemException.badRequest("sources of type " + request.type().json()
                    + " cannot be created yet");
        }
        if (source.polled()) {
            source.pollIntervalSeconds = (int) checks.pollInterval(request.pollInterval(),
                    defaultPollInterval(source.type)).toSeconds();
            source.nextPollAt = Instant.now();
        }
        return new SourceCatalog.Created(source, secrets);
    }

    private void mastodon(Source source, SourceRequest request) {
        source.baseUrl = checks.baseUrl(require(request.baseUrl(), "baseUrl"));
        if (MastodonSources.searches(request.hashtag(), request.query())) {
            source.query = MastodonSources.query(request.query());
            if (blank(request.credential())) {
                throw ProblemException.badRequest(MastodonSources.SEARCH_NEEDS_TOKEN);
            }
            source.credential = checks.credential(request.credential());
        } else {
            source.hashtag = SourceSettings.hashtag(request.hashtag());
            source.credential = request.credential() == null ? null : checks.credential(request.credential());
        }
        source.backfillSeconds = mastodon.backfillSeconds(request.backfill());
    }

    private Duration defaultPollInterval(SourceType type) {
        return switch (type) {
            case RSS -> config.rss().defaultPollInterval();
            case MASTODON -> config.mastodon().defaultPollInterval();
            case BLUESKY -> config.bluesky().defaultPollInterval();
            case REDDIT -> config.reddit().defaultPollInterval();
            case GOOGLE_PLAY -> config.googlePlay().defaultPollInterval();
            case YELP -> config.yelp().defaultPollInterval();
            case GOOGLE_BUSINESS -> config.googleBusiness().defaultPollInterval();
            case APP_STORE -> config.appStore().defaultPollInterval();
            case TRUSTPILOT -> config.trustpilot().defaultPollInterval();
            case WEBHOOK, DEMO -> throw new IllegalArgumentException(type + " sources are not polled");
        };
    }

    private static String newId() {
        StringBuilder id = new StringBuilder("src_");
        for (int i = 0; i < 10; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
