package io.replydesk.collector.platform.googleplay;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.config.GooglePlayConfig;
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
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one way the collector talks to the Google Play Developer API. Trades the service-account key of the source's
 * credential for an access token (again when it expires or Google says 401), spends from the credential's quota
 * (Google allows 200 review reads an hour), and turns every failure into a {@link PlatformException}. Reads are
 * retried on 5xx and timeouts; a reply is never retried here.
 */
@ApplicationScoped
public class GooglePlayApi {

    private static final String PLATFORM = "google-play";
    private static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final OutboundUrlGuard urlGuard;
    private final Credentials credentials;
    private final GooglePlayConfig config;
    private final String userAgent;
    private final PlatformCalls calls;
    private final Map<URI, GooglePlayClient> clients = new ConcurrentHashMap<>();
    private final Map<URI, GoogleTokenClient> tokenClients = new ConcurrentHashMap<>();
    private final AccessTokens tokens = new AccessTokens();

    public GooglePlayApi(OutboundUrlGuard urlGuard, RateBudgets budgets, Credentials credentials,
            CollectorConfig config) {
        this.urlGuard = urlGuard;
        this.credentials = credentials;
        this.config = config.googlePlay();
        this.userAgent = config.outbound().userAgent();
        this.calls = new PlatformCalls(PLATFORM, budgets, this.config.budgetRequests(), this.config.budgetPeriod(),
                this.config.timeout());
    }

    public GooglePlayReviews list(Source source, String pageToken, int maxResults) {
        GooglePlayReviews page = calls.read(source.id, source.baseUrl, () -> authed(source,
                (api, auth) -> api.list(source.packageName, maxResults, pageToken, auth)));
        if (page == null) {
            throw new PlatformException.Malformed("google play answered without a body", null);
        }
        return page;
    }

    public JsonNode review(Source source, String reviewId) {
        return calls.read(source.id, source.baseUrl,
                () -> authed(source, (api, auth) -> api.get(source.packageName, reviewId, auth)));
    }

    /** Replies once (a repeat would replace the reply with the same text). */
    public JsonNode reply(Source source, String reviewId, String text) {
        return authed(source, (api, auth) -> api.reply(source.packageName, reviewId,
                new GooglePlayClient.ReplyText(text), auth));
    }

    private <R> R authed(Source source, Call<R> call) {
        URI api = urlGuard.check(source.baseUrl);
        String key = RateBudgets.key(PLATFORM, api, source.credential);
        return tokens.call(key, () -> token(source, key), token -> calls.send(key, api.getHost(),
                () -> call.on(clients.computeIfAbsent(api, uri -> builder(uri).build(GooglePlayClient.class)),
                        "Bearer " + token)));
    }

    private AccessTokens.Token token(Source source, String key) {
        ServiceAccount account = account(source);
        URI endpoint = urlGuard.check(account.tokenUri());
        GoogleTokenClient.Token answer = calls.exchange(key, endpoint.getHost(),
                () -> tokenClients.computeIfAbsent(endpoint, uri -> builder(uri).build(GoogleTokenClient.class))
                        .token(JWT_GRANT, account.assertion(Instant.now()))).getEntity();
        if (answer == null || answer.accessToken() == null) {
            throw new PlatformException.Refused(401, "google refused the service account of credential '"
                    + source.credential + "'");
        }
        return AccessTokens.Token.lasting(answer.accessToken(), answer.expiresIn(), 60, 60);
    }

    private ServiceAccount account(Source source) {
        if (source.credential == null) {
            throw new PlatformException.Refused(401, "a google play source needs a credential");
        }
        String secret = credentials.required(source.credential);
        return ServiceAccount.parse(secret).orElseThrow(() -> new PlatformException.Refused(401, "credential '"
                + source.credential + "' must be a Google service-account key (JSON with client_email and"
                + " private_key)"));
    }

    private QuarkusRestClientBuilder builder(URI base) {
        return PlatformClients.builder(base, config.timeout(), userAgent, config.maxBodyBytes(), new PlatformHttpError.Mapper(GoogleErrors::reason));
    }

    @FunctionalInterface
    private interface Call<R> {
        RestResponse<R> on(GooglePlayClient client, String authorization);
    }
}
