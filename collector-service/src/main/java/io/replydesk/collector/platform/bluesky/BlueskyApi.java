package io.replydesk.collector.platform.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.BlueskyConfig;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.PlatformCalls;
import io.replydesk.collector.platform.PlatformClients;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.PlatformHttpError;
import io.replydesk.collector.service.Credentials;
import io.replydesk.collector.service.KnownSecrets;
import io.replydesk.collector.service.OutboundUrlGuard;
import io.replydesk.collector.service.RateBudgets;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one way the collector talks to Bluesky. Logs in once per credential and service with the app password from
 * the credential ({@code {"identifier", "password"}}) and logs in again when the token expires; every call re-checks
 * the service against the SSRF guard, spends from the credential's rate budget (obeying 429, Retry-After and
 * RateLimit-*), and turns every failure into a {@link PlatformException}. Reads are retried on 5xx and timeouts;
 * creating a record is never retried here, because only the caller can check whether it went through.
 */
@ApplicationScoped
public class BlueskyApi {

    private static final String PLATFORM = "bluesky";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutboundUrlGuard urlGuard;
    private final Credentials credentials;
    private final BlueskyConfig config;
    private final String userAgent;
    private final PlatformCalls calls;
    private final Map<URI, BlueskyClient> clients = new ConcurrentHashMap<>();
    private final Map<String, BlueskySession> sessions = new ConcurrentHashMap<>();

    public BlueskyApi(OutboundUrlGuard urlGuard, RateBudgets budgets, Credentials credentials,
            CollectorConfig config) {
        this.urlGuard = urlGuard;
        this.credentials = credentials;
        this.config = config.bluesky();
        this.userAgent = config.outbound().userAgent();
        this.calls = new PlatformCalls(PLATFORM, budgets, this.config.budgetRequests(), this.config.budgetPeriod(),
                this.config.timeout());
    }

    /** The newest posts matching the source's query, from {@code since} (inclusive) on, one page at a time. */
    public BlueskySearch search(Source source, String since, String pageCursor, int limit) {
        BlueskySearch page = calls.read(source.id, source.baseUrl, () -> authed(source,
                (client, auth) -> client.searchPosts(source.query, "latest", since, limit, pageCursor, auth)));
        if (page == null || page.posts() == null) {
            throw new PlatformException.Malformed("bluesky answered the search without a list of posts", null);
        }
        return page;
    }

    /** The views of up to 25 posts as they are now; deleted posts are missing from the answer. */
    public List<BlueskyPost> posts(Source source, List<String> uris) {
        BlueskySearch answer = calls.read(source.id, source.baseUrl,
                () -> authed(source, (client, auth) -> client.getPosts(uris, auth)));
        if (answer == null || answer.posts() == null) {
            throw new PlatformException.Malformed("bluesky answered getPosts without a list of posts", null);
        }
        return answer.posts();
    }

    /** One record, or empty when it does not exist (never made, or deleted). */
    public Optional<BlueskyRecord> record(Source source, AtUri uri) {
        try {
            return Optional.ofNullable(calls.read(source.id, source.baseUrl, () -> authed(source,
                    (client, auth) -> client.getRecord(uri.repo(), uri.collection(), uri.rkey(), auth))));
        } catch (PlatformException.Refused e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Creates once; a timeout leaves the outcome unknown, so the caller must look before trying again. */
    public BlueskyRecordRef create(Source source, BlueskyNewRecord record) {
        return authed(source, (client, auth) -> client.createRecord(record, auth));
    }

    /** Who the source's credential logs in as; logs in when no session is open. */
    public BlueskySession session(Source source) {
        URI service = urlGuard.check(source.baseUrl);
        return session(source, service, budgetKey(source, service));
    }

    private <T> T authed(Source source, Call<T> call) {
        URI service = urlGuard.check(source.baseUrl);
        String key = budgetKey(source, service);
        BlueskySession session = session(source, service, key);
        try {
            return call(service, key, client -> call.on(client, "Bearer " + session.accessJwt()));
        } catch (PlatformException.Refused e) {
            if (!expired(e)) {
                throw e;
            }
            // Access tokens live for hours; when one has expired (or was revoked), log in once more and repeat.
            sessions.remove(key, session);
            BlueskySession fresh = session(source, service, key);
            return call(service, key, client -> call.on(client, "Bearer " + fresh.accessJwt()));
        }
    }

    private BlueskySession session(Source source, URI service, String key) {
        BlueskySession open = sessions.get(key);
        if (open != null) {
            return open;
        }
        BlueskyLogin login = login(source);
        BlueskySession session = call(service, key, client -> client.createSession(login));
        if (session == null || session.did() == null || session.accessJwt() == null) {
            throw new PlatformException.Malformed("bluesky answered the login without an account or a token", null);
        }
        KnownSecrets.remember(session.accessJwt());
        sessions.put(key, session);
        return session;
    }

    private <R> R call(URI service, String key, Function<BlueskyClient, RestResponse<R>> call) {
        return calls.send(key, service.getHost(), () -> {
            try {
                return call.apply(client(service));
            } catch (PlatformHttpError e) {
                throw recordNotFound(e);
            }
        });
    }

    /** A missing record as a 404, whichever status the service gave, so callers need not know XRPC's names. */
    private static RuntimeException recordNotFound(PlatformHttpError e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        if ((e.status() == 400 || e.status() == 404) && reason.startsWith("RecordNotFound")) {
            return new PlatformException.Refused(404, "bluesky has no such record: " + reason);
        }
        return e;
    }

    private static boolean expired(PlatformException.Refused e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        return e.status() == 401 && !reason.contains("AuthFactorTokenRequired")
                || reason.contains("ExpiredToken") || reason.contains("InvalidToken");
    }

    /** The app password from the credential; the secret goes into the login call and nowhere else. */
    private BlueskyLogin login(Source source) {
        if (source.credential == null) {
            throw new PlatformException.Refused(401, "a bluesky source needs a credential to search and reply");
        }
        String secret = credentials.required(source.credential);
        JsonNode json;
        try {
            json = JSON.readTree(secret);
        } catch (IOException e) {
            json = null;
        }
        String identifier = json == null ? null : json.path("identifier").asText(null);
        String password = json == null ? null : json.path("password").asText(null);
        if (identifier == null || identifier.isBlank() || password == null || password.isBlank()) {
            throw new PlatformException.Refused(401, "credential '" + source.credential + "' must be JSON"
                    + " {\"identifier\": \"<handle>\", \"password\": \"<app password>\"}");
        }
        return new BlueskyLogin(identifier, password);
    }

    private BlueskyClient client(URI service) {
        return clients.computeIfAbsent(service, base -> PlatformClients.builder(base, config.timeout(), userAgent,
                config.maxBodyBytes(), new PlatformHttpError.Mapper(PlatformHttpError.errorNamed("message")))
                .build(BlueskyClient.class));
    }

    private static String budgetKey(Source source, URI service) {
        return RateBudgets.key(PLATFORM, service, source.credential);
    }

    @FunctionalInterface
    private interface Call<R> {
        RestResponse<R> on(BlueskyClient client, String authorization);
    }
}
