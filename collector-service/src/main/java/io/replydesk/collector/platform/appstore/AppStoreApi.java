package io.replydesk.collector.platform.appstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.AppStoreConfig;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.PlatformCalls;
import io.replydesk.collector.platform.PlatformClients;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.PlatformHttpError;
import io.replydesk.collector.service.Credentials;
import io.replydesk.collector.service.OutboundUrlGuard;
import io.replydesk.collector.service.RateBudgets;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one way the collector talks to Apple: the public customer-reviews feed (no credential) and, for sources with an
 * API key, the App Store Connect API (reviews and responses). Every call re-checks the host,
 * spends from the host's budget (obeying 429/503 and Retry-After), and turns every failure into a
 * {@link PlatformException}; reads are retried on 5xx and timeouts.
 */
@ApplicationScoped
public class AppStoreApi {

    private static final String PLATFORM = "app-store";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutboundUrlGuard urlGuard;
    private final AppStoreConfig config;
    private final String userAgent;
    private final PlatformCalls calls;
    private final Map<URI, AppStoreClient> clients = new ConcurrentHashMap<>();
    private final Map<URI, AppStoreConnectClient> connectClients = new ConcurrentHashMap<>();
    private final Credentials credentials;

    public AppStoreApi(OutboundUrlGuard urlGuard, RateBudgets budgets, CollectorConfig config,
            Credentials credentials) {
        this.urlGuard = urlGuard;
        this.credentials = credentials;
        this.config = config.appStore();
        this.userAgent = config.outbound().userAgent();
        this.calls = new PlatformCalls(PLATFORM, budgets, this.config.budgetRequests(), this.config.budgetPeriod(),
                this.config.timeout());
    }

    /** The {@code feed} object of one page (1 to 10) of the app's reviews in the source's storefront. */
    public JsonNode page(Source source, int page) {
        String body = calls.read(source.id, source.baseUrl, () -> call(source, page));
        JsonNode feed;
        try {
            feed = body == null ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new PlatformException.Malformed("app-store answered malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (feed == null || !feed.path("feed").isObject()) {
            throw new PlatformException.Malformed("app-store answered without a feed", null);
        }
        return feed.get("feed");
    }

    private String call(Source source, int page) {
        URI api = urlGuard.check(source.baseUrl);
        return calls.send(RateBudgets.key(PLATFORM, api, null), api.getHost(),
                () -> clients.computeIfAbsent(api, this::client).reviews(source.country, page, source.appId));
    }

    private AppStoreClient client(URI base) {
        return PlatformClients.builder(base, config.timeout(), userAgent, config.maxBodyBytes(), new PlatformHttpError.Mapper(body -> null))
                .build(AppStoreClient.class);
    }

    /** One page of the app's reviews from App Store Connect, newest first; {@code cursor} null for the first. */
    public JsonNode customerReviews(Source source, String cursor, int limit) {
        AppStoreConnectKey key = key(source);
        URI api = connectUrl(key);
        JsonNode answer = calls.read(source.id, api.toString(), () -> connect(source, key, api,
                (client, auth) -> client.reviews(source.appId, "-createdDate", limit, cursor, auth)));
        if (answer == null || !answer.path("data").isArray()) {
            throw new PlatformException.Malformed("app store connect answered without a list of reviews (data)", null);
        }
        return answer;
    }

    /**
     * The developer response of a review in App Store Connect, or null when it has none (404). Retried on 5xx and
     * timeouts like every read.
     */
    public JsonNode response(Source source, String reviewId) {
        AppStoreConnectKey key = key(source);
        URI api = connectUrl(key);
        try {
            return calls.read(source.id, api.toString(),
                    () -> connect(source, key, api, (client, auth) -> client.response(reviewId, auth)));
        } catch (PlatformException.Refused e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** Creates the review's developer response once; never retried here. */
    public JsonNode respond(Source source, String reviewId, String text) {
        AppStoreConnectKey key = key(source);
        URI api = connectUrl(key);
        var body = JSON.createObjectNode();
        var data = body.putObject("data");
        data.put("type", "customerReviewResponses");
        data.putObject("attributes").put("responseBody", text);
        data.putObject("relationships").putObject("review").putObject("data").put("type", "customerReviews")
                .put("id", reviewId);
        return connect(source, key, api, (client, auth) -> client.respond(body, auth));
    }

    private JsonNode connect(Source source, AppStoreConnectKey key, URI api, ConnectCall call) {
        return calls.send(RateBudgets.key(PLATFORM, api, source.credential), api.getHost(),
                () -> call.on(connectClients.computeIfAbsent(api, this::connectClient),
                        "Bearer " + key.token(Instant.now())));
    }

    private URI connectUrl(AppStoreConnectKey key) {
        return urlGuard.check(key.apiUrl() != null ? key.apiUrl() : config.connectUrl());
    }

    private AppStoreConnectKey key(Source source) {
        if (source.credential == null) {
            throw new PlatformException.Refused(401, "this app-store source has no credential: add an App Store"
                    + " Connect API key to answer reviews through the API, or answer in App Store Connect");
        }
        String secret = credentials.required(source.credential);
        return AppStoreConnectKey.parse(secret).orElseThrow(() -> new PlatformException.Refused(401, "credential '"
                + source.credential + "' must be " + AppStoreConnectKey.expectedForm()));
    }

    private AppStoreConnectClient connectClient(URI base) {
        return PlatformClients.builder(base, config.timeout(), userAgent, config.maxBodyBytes(), new PlatformHttpError.Mapper(AppStoreApi::appleError))
                .build(AppStoreConnectClient.class);
    }

    /** Apple's errors are {@code {"errors": [{"status", "code", "title", "detail"}]}}: the first one's detail. */
    static String appleError(String body) {
        try {
            JsonNode first = JSON.readTree(body).path("errors").path(0);
            String detail = first.path("detail").asText(null);
            String code = first.path("code").asText(null);
            return detail == null ? code : code == null ? detail : code + ": " + detail;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    @FunctionalInterface
    private interface ConnectCall {
        RestResponse<JsonNode> on(AppStoreConnectClient client, String authorization);
    }
}
