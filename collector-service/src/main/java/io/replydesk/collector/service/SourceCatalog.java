package io.replydesk.collector.service;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.config.MastodonHistoryConfig;
import io.replydesk.collector.rest.ProblemException;
import io.replydesk.collector.rest.SourcePatch;
import io.replydesk.collector.rest.SourceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Creates, changes and removes sources, checking every URL against the SSRF guard before it is saved. */
@ApplicationScoped
public class SourceCatalog {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";


    private final OutboundUrlGuard guard;
    private final CollectorConfig config;
    private final Credentials credentials;
    private final MastodonSources mastodon;

    public SourceCatalog(OutboundUrlGuard guard, CollectorConfig config, Credentials credentials,
            MastodonHistoryConfig mastodonHistory) {
        this.guard = guard;
        this.config = config;
        this.credentials = credentials;
        this.mastodon = new MastodonSources(mastodonHistory);
    }

    /** A new source and, for a webhook, the secrets it accepts pushes with (returned to the caller once). */
    public record Created(Source source, IngestSecrets secrets) {
    }

    /** A webhook source's bearer token and signing secret, as issued; only their use is stored (see Source). */
    public record IngestSecrets(String ingestToken, String signingSecret) {
    }

    @Transactional
    public Created create(SourceRequest request) {
        if (request.type() == SourceType.DEMO) {
            throw ProblemException.badRequest("the demo source is built in; it cannot be created");
        }
        if (request.backfill() != null && request.type() != SourceType.MASTODON) {
            throw ProblemException.badRequest("backfill applies to mastodon sources only");
        }
        Source source = new Source();
        source.id = newId();
        source.type = request.type();
        source.name = request.name() == null || request.name().isBlank() ? request.type().json() : request.name();
        source.createdAt = Instant.now();
        source.enabled = request.enabled() == null || request.enabled();
        IngestSecrets secrets = null;
        switch (request.type()) {
            case RSS -> {
                source.url = guard.check(require(request.url(), "url")).toString();
                source.pollIntervalSeconds = (int) pollInterval(request.pollInterval(),
                        config.rss().defaultPollInterval()).toSeconds();
                source.nextPollAt = Instant.now();
            }
            case MASTODON -> {
                source.baseUrl = baseUrl(require(request.baseUrl(), "baseUrl"));
                if (MastodonSources.searches(request.hashtag(), request.query())) {
                    source.query = MastodonSources.query(request.query());
                    if (blank(request.credential())) {
                        throw ProblemException.badRequest(MastodonSources.SEARCH_NEEDS_TOKEN);
                    }
                    source.credential = credential(request.credential());
                } else {
                    source.hashtag = SourceSettings.hashtag(request.hashtag());
                    source.credential = request.credential() == null ? null : credential(request.credential());
                }
                source.backfillSeconds = mastodon.backfillSeconds(request.backfill());
                source.pollIntervalSeconds = (int) pollInterval(request.pollInterval(),
                        config.mastodon().defaultPollInterval()).toSeconds();
                source.nextPollAt = Instant.now();
            }
            case BLUESKY -> {
                source.baseUrl = baseUrl(request.baseUrl() == null || request.baseUrl().isBlank()
                        ? config.bluesky().defaultBaseUrl() : request.baseUrl());
                source.query = SourceSettings.query(require(request.query(), "query"));
                // bsky.social answers searches and takes replies only from a logged-in account
                source.credential = credential(require(request.credential(), "credential"));
                source.pollIntervalSeconds = (int) pollInterval(request.pollInterval(),
                        config.bluesky().defaultPollInterval()).toSeconds();
                source.nextPollAt = Instant.now();
            }
            case REDDIT -> {
                if (blank(request.query()) && blank(request.subreddit())) {
                    throw ProblemException.badRequest("query or subreddit is required (or both: a search inside"
                            + " the subreddit)");
                }
                source.query = blank(request.query()) ? null : SourceSettings.query(request.query());
                source.subreddit = blank(request.subreddit()) ? null : SourceSettings.subreddit(request.subreddit());
                source.credential = credential(require(request.credential(), "credential"));
                source.pollIntervalSeconds = (int) pollInterval(request.pollInterval(),
                        config.reddit().defaultPollInterval()).toSeconds();
                source.nextPollAt = Instant.now();
            }
            case GOOGLE_PLAY -> {
                source.baseUrl = baseUrl(request.baseUrl() == null || request.baseUrl().isBlank()
                        ? config.googlePlay().defaultBaseUrl() : request.baseUrl());
                source.packageName = SourceSettings.packageName(require(request.packageName(), "packageName"));
                source.credential = credential(require(request.credential(), "credential"));
                source.pollIntervalSeconds = (int) pollInterval(request.pollInterval(),
                        config.googlePlay().defaultPollInterval()).toSeconds();
                source.nextPollAt = Instant.now();
            }
            case YELP -> {
                source.baseUrl = baseUrl(request.baseUrl() == null || request.baseUrl().isBlank()
                        ? config.yelp().defaultBaseUrl() : request.baseUrl());
                source.businessId = SourceSettings.businessId(require(request.businessId(), "businessId"));
                source.credential = credential(require(request.credential(), "credential"));
                source.pollIntervalSeconds = (int) pollInterval(request.pollInterval(),
                        config.yelp().defaultPollInterval()).toSeconds();
                source.nextPollAt = Instant.now();
            }
            case GOOGLE_BUSINESS -> {
                source.baseUrl = baseUrl(request.baseUrl() == null || request.baseUrl().isBlank()
                        ? config.googleBusiness().defaultBaseUrl() : request.baseUrl());
                source.locationName = SourceSettings.location(require(request.location(), "location"));
                source.credential = credential(require(request.credential(), "credential"));
                source.pollIntervalSeconds = (int) pollInterval(request.pollInterval(),
                        config.googleBusiness().defaultPollInterval()).toSeconds();
                source.nextPollAt = Instant.now();
            }
            case APP_STORE -> {
                source.baseUrl = baseUrl(request.baseUrl() == null || request.baseUrl().isBlank()
                        ? config.appStore().defaultBaseUrl() : request.baseUrl());
                source.appId = SourceSettings.appId(require(request.appId(), "appId"));
                source.country = SourceSettings.country(request.country() == null || request.country().isBlank()
                        ? config.appStore().defaultCountry() : request.country());
                // optional: an App Store Connect API key, to answer reviews
                source.credential = request.credential() == null || request.credential().isBlank() ? null
                        : credential(request.credential());
                source.pollIntervalSeconds = (int) pollInterval(request.pollInterval(),
                        config.appStore().defaultPollInterval()).toSeconds();
                source.nextPollAt = Instant.now();
            }
            case TRUSTPILOT -> {
                source.baseUrl = baseUrl(request.baseUrl() == null || request.baseUrl().isBlank()
                        ? config.trustpilot().defaultBaseUrl() : request.baseUrl());
                source.businessUnitId = SourceSettings.businessUnitId(require(request.businessUnitId(),
                        "businessUnitId"));
                source.credential = credential(require(request.credential(), "credential"));
                source.pollIntervalSeconds = (int) pollInterval(request.pollInterval(),
                        config.trustpilot().defaultPollInterval()).toSeconds();
                source.nextPollAt = Instant.now();
            }
            case WEBHOOK -> {
                if (request.replyCallbackUrl() != null && !request.replyCallbackUrl().isBlank()) {
                    source.replyCallbackUrl = guard.check(request.replyCallbackUrl()).toString();
                }
                secrets = issueSecrets(source);
            }
            default -> throw ProblemException.badRequest("sources of type " + request.type().json()
                    + " cannot be created yet");
        }
        source.persist();
        return new Created(source, secrets);
    }

    /** New ingest token and signing secret for a webhook source; the old ones stop working at once. */
    @Transactional
    public Created rotateSecrets(String id) {
        Source source = get(id);
        if (source.type != SourceType.WEBHOOK) {
            throw ProblemException.badRequest("source " + id + " is a " + source.type.json()
                    + " source; only webhook sources have ingest secrets");
        }
        return new Created(source, issueSecrets(source));
    }

    private static IngestSecrets issueSecrets(Source source) {
        String token = "rdw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(24));
        String signingSecret = "rdws_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        source.ingestTokenHash = hash(token);
        source.ingestSigningSecret = signingSecret;
        return new IngestSecrets(token, signingSecret);
    }

    @Transactional
    public Source update(String id, SourcePatch patch) {
        Source source = get(id);
        if (patch.name() != null) {
            source.name = patch.name();
        }
        if (patch.enabled() != null) {
            source.enabled = patch.enabled();
        }
        if (patch.url() != null) {
            if (source.type != SourceType.RSS) {
                throw ProblemException.badRequest("url applies to rss sources only");
            }
            source.url = guard.check(patch.url()).toString();
            source.etag = null;
            source.lastModified = null;
        }
        if (patch.hashtag() != null) {
            if (source.type != SourceType.MASTODON || source.query != null) {
                throw ProblemException.badRequest("hashtag applies to mastodon hashtag sources only");
            }
            String hashtag = SourceSettings.hashtag(patch.hashtag());
            if (!hashtag.equals(source.hashtag)) {
                source.hashtag = hashtag;
                source.resetCursor();
            }
        }
        if (patch.query() != null) {
            boolean mastodonSearch = source.type == SourceType.MASTODON && source.query != null;
            if (source.type != SourceType.BLUESKY && source.type != SourceType.REDDIT && !mastodonSearch) {
                throw ProblemException.badRequest("query applies to bluesky, reddit and mastodon search sources only");
            }
            String query = patch.query().isBlank() && source.type == SourceType.REDDIT && source.subreddit != null
                    ? null : mastodonSearch ? MastodonSources.query(patch.query()) : SourceSettings.query(patch.query());
            if (!java.util.Objects.equals(query, source.query)) {
                source.query = query;
                source.resetCursor();
            }
        }
        if (patch.subreddit() != null) {
            if (source.type != SourceType.REDDIT) {
                throw ProblemException.badRequest("subreddit applies to reddit sources only");
            }
            String subreddit = patch.subreddit().isBlank() && source.query != null ? null
                    : SourceSettings.subreddit(patch.subreddit());
            if (!java.util.Objects.equals(subreddit, source.subreddit)) {
                source.subreddit = subreddit;
                source.resetCursor();
            }
        }
        if (patch.packageName() != null) {
            if (source.type != SourceType.GOOGLE_PLAY) {
                throw ProblemException.badRequest("packageName applies to google-play sources only");
            }
            String packageName = SourceSettings.packageName(patch.packageName());
            if (!packageName.equals(source.packageName)) {
                source.packageName = packageName;
                source.resetCursor();
            }
        }
        if (patch.businessId() != null) {
            if (source.type != SourceType.YELP) {
                throw ProblemException.badRequest("businessId applies to yelp sources only");
            }
            source.businessId = SourceSettings.businessId(patch.businessId());
        }
        if (patch.location() != null) {
            if (source.type != SourceType.GOOGLE_BUSINESS) {
                throw ProblemException.badRequest("location applies to google-business sources only");
            }
            String location = SourceSettings.location(patch.location());
            if (!location.equals(source.locationName)) {
                source.locationName = location;
                source.resetCursor();
            }
        }
        if (patch.appId() != null || patch.country() != null) {
            if (source.type != SourceType.APP_STORE) {
                throw ProblemException.badRequest("appId and country apply to app-store sources only");
            }
            String appId = patch.appId() == null ? source.appId : SourceSettings.appId(patch.appId());
            String country = patch.country() == null ? source.country : SourceSettings.country(patch.country());
            if (!appId.equals(source.appId) || !country.equals(source.country)) {
                source.appId = appId;
                source.country = country;
                source.resetCursor();
            }
        }
        if (patch.businessUnitId() != null) {
            if (source.type != SourceType.TRUSTPILOT) {
                throw ProblemException.badRequest("businessUnitId applies to trustpilot sources only");
            }
            String unit = SourceSettings.businessUnitId(patch.businessUnitId());
            if (!unit.equals(source.businessUnitId)) {
                source.businessUnitId = unit;
                source.resetCursor();
            }
        }
        if (patch.credential() != null) {
            if (!source.polled() || source.type == SourceType.RSS) {
                throw ProblemException.badRequest("credential applies to mastodon, bluesky, reddit, google-play,"
                        + " yelp, google-business, trustpilot and app-store sources only");
            }
            boolean required = source.type != SourceType.MASTODON && source.type != SourceType.APP_STORE
                    || source.query != null;
            source.credential = patch.credential().isBlank() && !required ? null : credential(patch.credential());
        }
        if (patch.replyCallbackUrl() != null) {
            if (source.type != SourceType.WEBHOOK) {
                throw ProblemException.badRequest("replyCallbackUrl applies to webhook sources only");
            }
            source.replyCallbackUrl = patch.replyCallbackUrl().isBlank() ? null
                    : guard.check(patch.replyCallbackUrl()).toString();
        }
        if (patch.pollInterval() != null) {
            if (!source.polled()) {
                throw ProblemException.badRequest("pollInterval applies to polled sources only");
            }
            source.pollIntervalSeconds = (int) pollInterval(patch.pollInterval(), source.pollInterval()).toSeconds();
            source.nextPollAt = Instant.now();
        }
        return source;
    }

    @Transactional
    public void delete(String id) {
        get(id).delete();
    }

    public Source get(String id) {
        Source source = Source.findById(id);
        if (source == null) {
            throw ProblemException.notFound("no source with id '" + id + "'");
        }
        return source;
    }

    /** The source, or empty; for callers that must not tell an unknown id from a refused one. */
    public java.util.Optional<Source> find(String id) {
        return Source.findByIdOptional(id);
    }

    public List<Source> all() {
        return Source.listAll(io.quarkus.panache.common.Sort.by("createdAt"));
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Duration pollInterval(Duration requested, Duration fallback) {
        Duration interval = requested == null ? fallback : requested;
        if (interval.compareTo(config.polling().minPollInterval()) < 0) {
            throw ProblemException.badRequest("pollInterval must be at least " + config.polling().minPollInterval());
        }
        return interval;
    }

    /** The server's root, checked against the SSRF guard; a path or query would change every API URL. */
    private String baseUrl(String value) {
        URI uri = guard.check(value);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (!path.isEmpty() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw ProblemException.badRequest("baseUrl must be the server's root, such as https://mastodon.social");
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String credential(String name) {
        Credentials.checkName(name);
        if (!credentials.exists(name)) {
            throw ProblemException.badRequest("credential '" + name + "' is not configured; "
                    + credentials.whereToPut(name));
        }
        return name;
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field + " is required");
        }
        return value;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String newId() {
        StringBuilder id = new StringBuilder("src_");
        for (int i = 0; i < 10; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
