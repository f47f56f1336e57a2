package io.replydesk.collector.platform.mastodon;

import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.config.MastodonConfig;
import io.replydesk.collector.platform.PlatformCalls;
import io.replydesk.collector.platform.PlatformClients;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.PlatformHttpError;
import io.replydesk.collector.service.Credentials;
import io.replydesk.collector.service.OutboundUrlGuard;
import io.replydesk.collector.service.RateBudgets;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
    private final Credentials credentials;
    private final MastodonConfig config;
    private final String userAgent;
    private final Map<URI, MastodonClient> clients = new ConcurrentHashMap<>();
    private final PlatformCalls calls;
    private final Map<String, String> accountIds = new ConcurrentHashMap<>();

    public MastodonApi(OutboundUrlGuard urlGuard, RateBudgets budgets, Credentials credentials,
            CollectorConfig config) {
        this.urlGuard = urlGuard;
        this.credentials = credentials;
        this.config = config.mastodon();
        this.userAgent = config.outbound().userAgent();
        this.calls = new PlatformCalls(PLATFORM, budgets, this.config.budgetRequests(), this.config.budgetPeriod(),
                this.config.timeout());
    }

    /** A page of a hashtag timeline and its Link header (null when absent). */
    public record Timeline(List<MastodonStatus> statuses, String link) {
    }

    public Timeline tagTimeline(Source source, String minId, String maxId, int limit) {
        return read(source, (client, auth) -> client.tagTimeline(source.hashtag, minId, maxId, limit, auth),
                response -> new Timeline(response.getEntity() == null ? List.of() : response.getEntity(),
                        PlatformCalls.header(response.getStringHeaders(), "Link")));
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
        return calls.read(source.id, source.baseUrl, () -> call(source, call, answer));
    }

    private <R, T> T call(Source source, Call<R> call, Function<RestResponse<R>, T> answer) {
        URI server = urlGuard.check(source.baseUrl);
        String authorization = authorization(source);
        return answer.apply(calls.respond(budgetKey(source, server), server.getHost(),
                () -> call.on(client(server), authorization)));
    }

    private String authorization(Source source) {
        if (source.credential == null) {
            return null;
        }
        // The secret goes into the header and nowhere else: not into messages, logs or exceptions.
        return "Bearer " + credentials.required(source.credential);
    }

    private MastodonClient client(URI server) {
        return clients.computeIfAbsent(server, base -> PlatformClients.builder(base, config.timeout(), userAgent,
                config.maxBodyBytes(), new PlatformHttpError.Mapper(PlatformHttpError.errorNamed("error_description")))
                .build(MastodonClient.class));
    }

    private static String budgetKey(Source source, URI server) {
        return RateBudgets.key(PLATFORM, server, source.credential);
    }

    @FunctionalInterface
    private interface Call<R> {
        RestResponse<R> on(MastodonClient client, String authorization);
    }
}
