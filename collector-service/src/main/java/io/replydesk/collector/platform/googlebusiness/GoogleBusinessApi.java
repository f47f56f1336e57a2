package io.replydesk.collector.platform.googlebusiness;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.config.GoogleBusinessConfig;
import io.replydesk.collector.platform.AccessTokens;
import io.replydesk.collector.platform.GoogleErrors;
import io.replydesk.collector.platform.PlatformCalls;
import io.replydesk.collector.platform.PlatformClients;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.PlatformHttpError;
import io.replydesk.collector.service.Credentials;
import io.replydesk.collector.service.OutboundUrlGuard;
import io.replydesk.collector.service.RateBudgets;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one way the collector talks to the Google Business Profile API. Trades the refresh token of the source's
 * credential for an access token (again when it expires or Google says 401), spends from the credential's quota,
 * and turns every failure into a {@link PlatformException}. Reads are retried on 5xx and timeouts; a reply is never
 * retried here.
 */
@ApplicationScoped
public class GoogleBusinessApi {

    private static final String PLATFORM = "google-business";
    private static final String ORDER = "updateTime desc";

    private final OutboundUrlGuard urlGuard;
    private final Credentials credentials;
    private final GoogleBusinessConfig config;
    private final String userAgent;
    private final PlatformCalls calls;
    private final Map<URI, GoogleBusinessClient> clients = new ConcurrentHashMap<>();
    private final Map<URI, OAuthRefreshClient> tokenClients = new ConcurrentHashMap<>();
    private final AccessTokens tokens = new AccessTokens();

    public GoogleBusinessApi(OutboundUrlGuard urlGuard, RateBudgets budgets, Credentials credentials,
            CollectorConfig config) {
        this.urlGuard = urlGuard;
        this.credentials = credentials;
        this.config = config.googleBusiness();
        this.userAgent = config.outbound().userAgent();
        this.calls = new PlatformCalls(PLATFORM, budgets, this.config.budgetRequests(), this.config.budgetPeriod(),
                this.config.timeout());
    }

    /** A location's resource name split into its account and location ids. */
    record Location(String account, String location) {
        static Location of(Source source) {
            String[] parts = source.locationName == null ? new String[0] : source.locationName.split("/");
            if (parts.length != 4) {
                throw new PlatformException.Refused(400, "location must be accounts/{account}/locations/{location}");
            }
            return new Location(parts[1], parts[3]);
        }
    }

    public GoogleBusinessReviews list(Source source, String pageToken, int pageSize) {
        Location at = Location.of(source);
        GoogleBusinessReviews page = calls.read(source.id, source.baseUrl, () -> authed(source,
                (api, auth) -> api.list(at.account(), at.location(), pageSize, pageToken, ORDER, auth)));
        if (page == null) {
            throw new PlatformException.Malformed("google business profile answered without a body", null);
        }
        return page;
    }

    public JsonNode review(Source source, String reviewId) {
        Location at = Location.of(source);
        return calls.read(source.id, source.baseUrl,
                () -> authed(source, (api, auth) -> api.get(at.account(), at.location(), reviewId, auth)));
    }

    /** Creates or replaces the owner's reply once. */
    public JsonNode reply(Source source, String reviewId, String text) {
        Location at = Location.of(source);
        return authed(source, (api, auth) -> api.reply(at.account(), at.location(), reviewId,
                new GoogleBusinessClient.ReviewReply(text), auth));
    }

    private <R> R authed(Source source, Call<R> call) {
        URI api = urlGuard.check(source.baseUrl);
        String key = RateBudgets.key(PLATFORM, api, source.credential);
        return tokens.call(key, () -> token(source, key), token -> calls.send(key, api.getHost(),
                () -> call.on(clients.computeIfAbsent(api, uri -> builder(uri).build(GoogleBusinessClient.class)),
                        "Bearer " + token)));
    }

    private AccessTokens.Token token(Source source, String key) {
        OAuthCredential credential = credential(source);
        URI endpoint = urlGuard.check(credential.tokenUri() != null ? credential.tokenUri() : config.tokenUrl());
        OAuthRefreshClient.Token answer = calls.exchange(key, endpoint.getHost(), () -> {
            try {
                return tokenClients.computeIfAbsent(endpoint, uri -> builder(uri).build(OAuthRefreshClient.class))
                        .token("refresh_token", credential.clientId(), credential.clientSecret(),
                                credential.refreshToken());
            } catch (PlatformHttpError e) {
                throw revoked(source, e);
            }
        }).getEntity();
        if (answer == null || answer.accessToken() == null) {
            throw new PlatformException.Refused(401, "google answered credential '" + source.credential
                    + "' without an access token");
        }
        return AccessTokens.Token.lasting(answer.accessToken(), answer.expiresIn(), 120, 60);
    }

    /** invalid_grant: the refresh token was revoked or expired; only a person can grant a new one. */
    private static RuntimeException revoked(Source source, PlatformHttpError e) {
        if (e.status() == 400 || e.status() == 401) {
            return new PlatformException.Refused(401, "google refused the refresh token of credential '"
                    + source.credential + "'" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return e;
    }

    private OAuthCredential credential(Source source) {
        if (source.credential == null) {
            throw new PlatformException.Refused(401, "a google business source needs a credential");
        }
        String secret = credentials.required(source.credential);
        return OAuthCredential.parse(secret).orElseThrow(() -> new PlatformException.Refused(401, "credential '"
                + source.credential + "' must be " + OAuthCredential.expectedForm()));
    }

    private QuarkusRestClientBuilder builder(URI base) {
        return PlatformClients.builder(base, config.timeout(), userAgent, config.maxBodyBytes(), new PlatformHttpError.Mapper(GoogleErrors::reason));
    }

    @FunctionalInterface
    private interface Call<R> {
        RestResponse<R> on(GoogleBusinessClient client, String authorization);
    }
}
