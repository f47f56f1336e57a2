package io.replydesk.collector.platform.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.config.TrustpilotConfig;
import io.replydesk.collector.platform.AccessTokens;
import io.replydesk.collector.platform.PlatformCalls;
import io.replydesk.collector.platform.PlatformClients;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.PlatformHttpError;
import io.replydesk.collector.service.Credentials;
import io.replydesk.collector.service.OutboundUrlGuard;
import io.replydesk.collector.service.RateBudgets;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one way the collector answers Trustpilot reviews: a business user's access token from the password grant,
 * kept until it expires (Trustpilot asks clients not to fetch tokens more often: too many answer 429), asked for
 * again when it has expired or a call says 401; the reply and the review read to check for it go through the same
 * budget and failure handling as every Trustpilot call. Posting is never retried here.
 */
@ApplicationScoped
public class TrustpilotReplies {

    private static final String PLATFORM = "trustpilot";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A token is renewed this long before Trustpilot says it expires. */
    private static final Duration EARLY = Duration.ofMinutes(5);

    private final OutboundUrlGuard urlGuard;
    private final Credentials credentials;
    private final TrustpilotConfig config;
    private final String userAgent;
    private final PlatformCalls calls;
    private final Map<URI, TrustpilotPrivateClient> clients = new ConcurrentHashMap<>();
    private final AccessTokens tokens = new AccessTokens();

    public TrustpilotReplies(OutboundUrlGuard urlGuard, RateBudgets budgets, Credentials credentials,
            CollectorConfig config) {
        this.urlGuard = urlGuard;
        this.credentials = credentials;
        this.config = config.trustpilot();
        this.userAgent = config.outbound().userAgent();
        this.calls = new PlatformCalls(PLATFORM, budgets, this.config.budgetRequests(), this.config.budgetPeriod(),
                this.config.timeout());
    }

    /** Whether the source's credential is a business user's, the only kind that can reply. */
    public boolean canReply(Source source) {
        return source.credential != null && credentials.secret(source.credential)
                .flatMap(TrustpilotCredential::parse).map(TrustpilotCredential::canReply).orElse(false);
    }

    /** The review's {@code companyReply}, or empty when it has none. Retried on 5xx and timeouts like every read. */
    public Optional<JsonNode> companyReply(Source source, String reviewId) {
        JsonNode review = calls.read(source.id, source.baseUrl,
                () -> authorized(source, (client, bearer) -> client.review(reviewId, bearer)));
        JsonNode reply = review == null ? null : review.get("companyReply");
        return reply == null || reply.isNull() || !reply.isObject() ? Optional.empty() : Optional.of(reply);
    }

    /** Posts the reply once; a timeout leaves the outcome unknown, so the caller must look before trying again. */
    public void reply(Source source, String reviewId, String message) {
        TrustpilotCredential credential = credential(source);
        JsonNode body = JSON.createObjectNode().put("authorBusinessUserId", credential.businessUserId())
                .put("message", message);
        authorized(source, (client, bearer) -> client.reply(reviewId, body, bearer));
    }

    private <T> T authorized(Source source, Call<T> call) {
        TrustpilotCredential credential = credential(source);
        URI api = urlGuard.check(source.baseUrl);
        String budget = RateBudgets.key(PLATFORM, api, source.credential);
        return tokens.call(source.credential + "@" + api, () -> token(credential, api, budget),
                bearer -> send(budget, api, () -> call.on(client(api), bearer)));
    }

    private AccessTokens.Token token(TrustpilotCredential credential, URI api, String budget) {
        JsonNode grant;
        try {
            grant = send(budget, api, () -> client(api).accessToken("password", credential.username(),
                    credential.password(), credential.basic()));
        } catch (PlatformException.Refused e) {
            throw new PlatformException.Refused(e.status(), "trustpilot refused the business user's login ("
                    + e.getMessage() + ")");
        }
        String access = grant == null ? null : grant.path("access_token").asText(null);
        if (access == null || access.isBlank()) {
            throw new PlatformException.Malformed("trustpilot answered the token request without an access_token",
                    null);
        }
        long seconds = grant.path("expires_in").asLong(0); // sent as a string in the documentation's example
        return new AccessTokens.Token("Bearer " + access,
                Instant.now().plusSeconds(Math.max(0, seconds)).minus(EARLY));
    }

    private <T> T send(String budget, URI api, Supplier<RestResponse<T>> call) {
        return calls.send(budget, api.getHost(), call);
    }

    private TrustpilotCredential credential(Source source) {
        if (source.credential == null) {
            throw new PlatformException.Refused(401, "this trustpilot source has no credential");
        }
        String secret = credentials.required(source.credential);
        return TrustpilotCredential.parse(secret).filter(TrustpilotCredential::canReply).orElseThrow(() ->
                new PlatformException.Refused(401, "credential '" + source.credential + "' must be "
                        + TrustpilotCredential.expectedForm()));
    }

    private TrustpilotPrivateClient client(URI base) {
        return clients.computeIfAbsent(base, b -> PlatformClients.builder(b, config.timeout(), userAgent,
                config.maxBodyBytes(), new PlatformHttpError.Mapper(TrustpilotApi::trustpilotError))
                .build(TrustpilotPrivateClient.class));
    }

    @FunctionalInterface
    private interface Call<T> {
        RestResponse<T> on(TrustpilotPrivateClient client, String bearer);
    }
}
