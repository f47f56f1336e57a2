package io.replydesk.collector.platform.yelp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.config.YelpConfig;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way the collector talks to Yelp Fusion: the credential is the API key, sent as a bearer token; every call
 * re-checks the host, spends from the key's daily budget (obeying 429 and Retry-After) and turns every failure into
 * a {@link PlatformException}; reads are retried on 5xx and timeouts.
 */
@ApplicationScoped
public class YelpApi {

    private static final String PLATFORM = "yelp";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutboundUrlGuard urlGuard;
    private final Credentials credentials;
    private final YelpConfig config;
    private final String userAgent;
    private final PlatformCalls calls;
    private final Map<URI, YelpClient> clients = new ConcurrentHashMap<>();

    public YelpApi(OutboundUrlGuard urlGuard, RateBudgets budgets, Credentials credentials, CollectorConfig config) {
        this.urlGuard = urlGuard;
        this.credentials = credentials;
        this.config = config.yelp();
        this.userAgent = config.outbound().userAgent();
        this.calls = new PlatformCalls(PLATFORM, budgets, this.config.budgetRequests(), this.config.budgetPeriod(),
                this.config.timeout());
    }

    public YelpClient.Reviews reviews(Source source) {
        YelpClient.Reviews answer = calls.read(source.id, source.baseUrl, () -> call(source));
        if (answer == null || answer.reviews() == null) {
            throw new PlatformException.Malformed("yelp answered without a list of reviews", null);
        }
        return answer;
    }

    private YelpClient.Reviews call(Source source) {
        URI api = urlGuard.check(source.baseUrl);
        String key = RateBudgets.key(PLATFORM, api, source.credential);
        String authorization = "Bearer " + credentials.required(source.credential);
        return calls.send(key, api.getHost(),
                () -> clients.computeIfAbsent(api, this::client).reviews(source.businessId, null, authorization));
    }

    private YelpClient client(URI base) {
        return PlatformClients.builder(base, config.timeout(), userAgent, config.maxBodyBytes(), new PlatformHttpError.Mapper(YelpApi::yelpError))
                .build(YelpClient.class);
    }

    /** Yelp errors are {@code {"error": {"code": "BUSINESS_NOT_FOUND", "description": "..."}}}. */
    private static String yelpError(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (!error.isObject()) {
                return null;
            }
            String code = error.path("code").asText(null);
            String description = error.path("description").asText(null);
            return code == null ? description : description == null ? code : code + ": " + description;
        } catch (IOException notJson) {
            return null;
        }
    }
}
