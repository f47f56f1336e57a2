package io.replydesk.collector.platform.appstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.BoundedBodies;
import io.replydesk.collector.platform.PlatformCalls;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.PlatformHttpError;
import io.replydesk.collector.service.OutboundUrlGuard;
import io.replydesk.collector.service.RateBudgets;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one way the collector reads Apple's public customer-reviews feed: no credential; every call re-checks the host,
 * spends from the host's budget (obeying 429/503 and Retry-After), and turns every failure into a
 * {@link PlatformException}; reads are retried on 5xx and timeouts.
 */
@ApplicationScoped
public class AppStoreApi {

    private static final String PLATFORM = "app-store";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutboundUrlGuard urlGuard;
    private final CollectorConfig.AppStore config;
    private final String userAgent;
    private final PlatformCalls calls;
    private final Map<URI, AppStoreClient> clients = new ConcurrentHashMap<>();

    public AppStoreApi(OutboundUrlGuard urlGuard, RateBudgets budgets, CollectorConfig config) {
        this.urlGuard = urlGuard;
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
        String key = RateBudgets.key(PLATFORM, api, null);
        calls.acquire(key);
        RestResponse<String> response;
        try {
            response = clients.computeIfAbsent(api, this::client).reviews(source.country, page, source.appId);
        } catch (PlatformHttpError e) {
            throw calls.failure(key, e);
        } catch (RuntimeException e) {
            if (PlatformCalls.isTransport(e)) {
                throw calls.transportFailure(api.getHost(), e);
            }
            throw e;
        }
        calls.answered(key, response.getStatus(), response.getStringHeaders());
        return response.getEntity();
    }

    private AppStoreClient client(URI base) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .userAgent(userAgent)
                .disableDefaultMapper(true)
                .register(new PlatformHttpError.Mapper(body -> null))
                .register(new BoundedBodies(config.maxBodyBytes()))
                .build(AppStoreClient.class);
    }
}
