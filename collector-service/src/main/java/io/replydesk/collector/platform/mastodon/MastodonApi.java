package io.replydesk.collector.platform.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.BoundedBodies;
import io.replydesk.collector.platform.PlatformClients;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.service.Credentials;
import io.replydesk.collector.service.OutboundUrlGuard;
import io.replydesk.collector.service.RateBudgets;
import io.replydesk.collector.service.RateLimitHeaders;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one way the collector talks to Mastodon servers. Every call re-checks the server against the SSRF guard,
 * spends from the credential's rate budget (and obeys 429/503, Retry-After and X-RateLimit-*), and turns every
 * failure into a {@link PlatformException}. Reads are retried on 5xx and timeouts behind a per-source circuit
 * breaker; posting a status is never retried here, because only the caller can check whether it went through.
 */
@ApplicationScoped
public class MastodonApi {

    private static final String PLATFORM = "mastodon";

    private final OutboundUrlGuard urlGuard;
    private final RateBudgets budgets;
    private final Credentials credentials;
    private final CollectorConfig.Mastodon config;
    private final String userAgent;
    private final Map<URI, MastodonClient> clients = new ConcurrentHashMap<>();
    private final Map<String, Guard> readGuards = new ConcurrentHashMap<>();
    private final Map<String, String> accountIds = new ConcurrentHashMap<>();

    public MastodonApi(OutboundUrlGuard urlGuard, RateBudgets budgets, Credentials credentials,
            CollectorConfig config) {
        this.urlGuard = urlGuard;
        this.budgets = budgets;
        this.credentials = credentials;
        this.config = config.mastodon();
        this.userAgent = config.outbound().userAgent();
    }

    /** A page of a hashtag timeline and its Link header (null when absent). */
    public record Timeline(List<MastodonStatus> statuses, String link) {
    }

    public Timeline tagTimeline(Source source, String minId, String maxId, int limit) {
        return read(source, (client, auth) -> client.tagTimeline(source.hashtag, minId, maxId, limit, auth),
                response -> new Timeline(response.getEntity() == null ? List.of() : response.getEntity(),
                        header(response.getStringHeaders(), "Link")));
    }

    /** The statuses matching the source's query between {@code minId} and {@code maxId}, newest first. */
    public List<MastodonStatus> search(Source source, String minId, String maxId, int limit) {
        MastodonSearchResults results = read(source, (client, auth) -> client.search(source.query, "statuses",
                false, minId, maxId, limit, auth), RestResponse::getEntity);
        if (results == null || results.statuses() == null) {
            throw new PlatformException.Malformed("mastodon search answered without a statuses list", null);
        }
        return results.statuses();
    }

    /** One status as it is now, or empty when the server no longer has it (deleted, or no longer visible). */
    public Optional<MastodonStatus> status(Source source, String statusId) {
        try {
            return Optional.ofNullable(read(source, (client, auth) -> client.status(statusId, auth),
                    RestResponse::getEntity));
        } catch (PlatformException.Refused e) {
            if (e.status() == 404 || e.status() == 410) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public MastodonContext context(Source source, String statusId) {
        return read(source, (client, auth) -> client.context(statusId, auth), RestResponse::getEntity);
    }

    /** The id of the account the source's credential belongs to; asked once per credential and server. */
    public String accountId(Source source) {
        String key = budgetKey(source, urlGuard.check(source.baseUrl));
        String known = accountIds.get(key);
        if (known != null) {
            return known;
        }
        MastodonAccount me = read(source, (client, auth) -> client.verifyCredentials(auth), RestResponse::getEntity);
        if (me == null || me.id() == null) {
            throw new PlatformException.Malformed("verify_credentials answered without an account id", null);
        }
        accountIds.put(key, me.id());
        return me.id();
    }

    /** Posts once; a timeout leaves the outcome unknown, so the caller must look before trying again. */
    public MastodonStatus post(Source source, NewStatus status, String idempotencyKey) {
        return call(source, (client, auth) -> client.postStatus(status, idempotencyKey, auth),
                RestResponse::getEntity);
    }

    private <R, T> T read(Source source, Call<R> call, Function<RestResponse<R>, T> answer) {
        Guard guard = readGuards.computeIfAbsent(source.id, id -> Guard.create()
                .withDescription("mastodon reads of source " + id)
                .withRetry().maxRetries(2).delay(200, ChronoUnit.MILLIS).jitter(100, ChronoUnit.MILLIS)
                .retryOn(PlatformException.Unavailable.class).done()
                .withCircuitBreaker().requestVolumeThreshold(10).failureRatio(0.8).delay(60, ChronoUnit.SECONDS)
                .failOn(PlatformException.Unavailable.class).done()
                .build());
        try {
            @SuppressWarnings("unchecked")
            T result = (T) guard.call(() -> call(source, call, answer), Object.class);
            return result;
        } catch (PlatformException e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw new PlatformException.Unavailable("too many failures in a row; calls to " + source.baseUrl
                    + " paused for a minute", e);
        } catch (Exception e) {
            throw new PlatformException.Unavailable("mastodon call failed: " + e.getMessage(), e);
        }
    }

    private <R, T> T call(Source source, Call<R> call, Function<RestResponse<R>, T> answer) {
        URI server = urlGuard.check(source.baseUrl);
        String key = budgetKey(source, server);
        String authorization = authorization(source);
        budgets.acquire(key, config.budgetRequests(), config.budgetPeriod());
        RestResponse<R> response;
        try {
            response = call.on(client(server), authorization);
        } catch (MastodonHttpError e) {
            throw failure(key, e);
        } catch (ProcessingException | jakarta.ws.rs.WebApplicationException e) {
            throw transportFailure(server, e);
        }
        budgets.observe(key, config.budgetRequests(), config.budgetPeriod(), response.getStatus(),
                limits(response.getStringHeaders()));
        return answer.apply(response);
    }

    private PlatformException failure(String key, MastodonHttpError e) {
        Optional<Instant> retryAt = budgets.observe(key, config.budgetRequests(), config.budgetPeriod(), e.status,
                limits(e.headers));
        String says = e.getMessage() == null ? "" : ": " + e.getMessage();
        if (retryAt.isPresent()) {
            return new PlatformException.RateLimited("mastodon answered HTTP " + e.status + says + "; waiting until "
                    + retryAt.get(), retryAt.get());
        }
        if (e.status >= 500) {
            return new PlatformException.Unavailable("mastodon answered HTTP " + e.status + says, e);
        }
        return new PlatformException.Refused(e.status, "mastodon answered HTTP " + e.status + says);
    }

    private PlatformException transportFailure(URI server, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedBodies.TooLarge tooLarge) {
                return new PlatformException.Malformed("mastodon sent an " + tooLarge.getMessage(), e);
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return new PlatformException.Malformed("mastodon answered malformed JSON: "
                        + json.getOriginalMessage(), e);
            }
            if (cause instanceof java.util.concurrent.TimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return new PlatformException.Unavailable("mastodon at " + server.getHost() + " did not answer within "
                        + config.timeout().toMillis() + " ms", e);
            }
        }
        return new PlatformException.Unavailable("mastodon at " + server.getHost() + " unreachable: "
                + e.getMessage(), e);
    }

    private String authorization(Source source) {
        if (source.credential == null) {
            return null;
        }
        // The secret goes into the header and nowhere else: not into messages, logs or exceptions.
        return "Bearer " + credentials.secret(source.credential).orElseThrow(() -> new PlatformException.Refused(401,
                "credential '" + source.credential + "' is not configured; "
                        + credentials.whereToPut(source.credential)));
    }

    private MastodonClient client(URI server) {
        return clients.computeIfAbsent(server, base -> PlatformClients.builder(base, config.timeout(), userAgent, config.maxBodyBytes(), new MastodonHttpError.Mapper())
                .build(MastodonClient.class));
    }

    private static String budgetKey(Source source, URI server) {
        return RateBudgets.key(PLATFORM, server, source.credential);
    }

    private static RateLimitHeaders limits(MultivaluedMap<String, String> headers) {
        return RateLimitHeaders.from(name -> header(headers, name), Instant.now());
    }

    private static String header(MultivaluedMap<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return String.join(", ", e.getValue());
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface Call<R> {
        RestResponse<R> on(MastodonClient client, String authorization);
    }
}
