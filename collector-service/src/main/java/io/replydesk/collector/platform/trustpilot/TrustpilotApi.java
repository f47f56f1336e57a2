package io.replydesk.collector.platform.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.config.TrustpilotConfig;
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
 * The one way the collector reads Trustpilot: the credential's API key is sent in the {@code apikey} header;
 * every call re-checks the host, spends from the key's budget (obeying 429 and Retry-After) and turns every failure
 * into a {@link PlatformException}; reads are retried on 5xx and timeouts.
 */
@ApplicationScoped
public class TrustpilotApi {

    private static final String PLATFORM = "trustpilot";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutboundUrlGuard urlGuard;
    private final Credentials credentials;
    private final TrustpilotConfig config;
    private final String userAgent;
    private final PlatformCalls calls;
    private final Map<URI, TrustpilotClient> clients = new ConcurrentHashMap<>();

    public TrustpilotApi(OutboundUrlGuard urlGuard, RateBudgets budgets, Credentials credentials,
            CollectorConfig config) {
        this.urlGuard = urlGuard;
        this.credentials = credentials;
        this.config = config.trustpilot();
        this.userAgent = config.outbound().userAgent();
        this.calls = new PlatformCalls(PLATFORM, budgets, this.config.budgetRequests(), this.config.budgetPeriod(),
                this.config.timeout());
    }

    public TrustpilotClient.Reviews reviews(Source source, int page, int perPage) {
        TrustpilotClient.Reviews answer = calls.read(source.id, source.baseUrl, () -> call(source, page, perPage));
        if (answer == null || answer.reviews() == null) {
            throw new PlatformException.Malformed("trustpilot answered without a list of reviews", null);
        }
        return answer;
    }

    private TrustpilotClient.Reviews call(Source source, int page, int perPage) {
        URI api = urlGuard.check(source.baseUrl);
        String key = RateBudgets.key(PLATFORM, api, source.credential);
        String secret = credentials.required(source.credential);
        String apikey = TrustpilotCredential.parse(secret).map(TrustpilotCredential::apiKey).orElseThrow(() ->
                new PlatformException.Refused(401, "credential '" + source.credential + "' must be "
                        + TrustpilotCredential.expectedForm()));
        return calls.send(key, api.getHost(), () -> clients.computeIfAbsent(api, this::client)
                .reviews(source.businessUnitId, page, perPage, "createdat.desc", apikey.strip()));
    }

    private TrustpilotClient client(URI base) {
        return PlatformClients.builder(base, config.timeout(), userAgent, config.maxBodyBytes(), new PlatformHttpError.Mapper(TrustpilotApi::trustpilotError))
                .build(TrustpilotClient.class);
    }

    /**
     * Trustpilot errors carry a {@code message} (and sometimes {@code details}); its OAuth endpoint answers
     * {@code error} and {@code error_description}.
     */
    static String trustpilotError(String body) {
        try {
            JsonNode error = JSON.readTree(body);
            String message = error.path("message").asText(error.path("error").asText(null));
            String details = error.path("details").asText(error.path("error_description").asText(null));
            return message == null ? details : details == null ? message : message + ": " + details;
        } catch (IOException notJson) {
            return null;
        }
    }
}
