package io.replydesk.collector.platform.reddit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.config.RedditConfig;
import io.replydesk.collector.platform.AccessTokens;
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
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one way the collector talks to Reddit. Obtains an OAuth token per credential (refresh token, script-app
 * password or client credentials) and a new one when it expires or Reddit says 401; every call carries the
 * descriptive User-Agent Reddit requires, spends from the credential's rate budget (obeying 429, Retry-After and
 * {@code X-Ratelimit-Remaining/-Reset}), and turns every failure into a {@link PlatformException}. Reads are retried
 * on 5xx and timeouts; commenting is never retried here, because only the caller can check whether it went through.
 */
@ApplicationScoped
public class RedditApi {

    private static final String PLATFORM = "reddit";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_MAX = 100;

    private final OutboundUrlGuard urlGuard;
    private final Credentials credentials;
    private final RedditConfig config;
    private final PlatformCalls calls;
    private final AccessTokens tokens = new AccessTokens();
    private final Map<String, String> accountNames = new ConcurrentHashMap<>();
    private volatile RedditClient client;
    private volatile RedditTokenClient tokenClient;

    public RedditApi(OutboundUrlGuard urlGuard, RateBudgets budgets, Credentials credentials,
            CollectorConfig config) {
        this.urlGuard = urlGuard;
        this.credentials = credentials;
        this.config = config.reddit();
        this.calls = new PlatformCalls(PLATFORM, budgets, this.config.budgetRequests(), this.config.budgetPeriod(),
                this.config.timeout());
    }

    /** One page of what the source follows, newest first: a subreddit's new posts or a search. */
    public RedditListing listing(Source source, String after, int limit) {
        int size = Math.max(1, Math.min(PAGE_MAX, limit));
        RedditListing page = calls.read(source.id, config.apiUrl(), () -> authed(source, (api, auth) -> {
            if (source.query == null) {
                return api.newInSubreddit(source.subreddit, size, after, 1, auth);
            }
            if (source.subreddit == null) {
                return api.search(source.query, "new", "link", size, after, 1, auth);
            }
            return api.searchInSubreddit(source.subreddit, source.query, 1, "new", "link", size, after, 1, auth);
        }));
        if (page == null || page.data() == null || page.data().children() == null) {
            throw new PlatformException.Malformed("reddit answered without a listing of posts", null);
        }
        return page;
    }

    /** Up to 100 things by fullname, as they are now; things that no longer exist are missing from the answer. */
    public RedditListing info(Source source, java.util.List<String> fullnames) {
        RedditListing page = calls.read(source.id, config.apiUrl(),
                () -> authed(source, (api, auth) -> api.info(String.join(",", fullnames), 1, auth)));
        if (page == null || page.data() == null || page.data().children() == null) {
            throw new PlatformException.Malformed("reddit answered /api/info without a listing", null);
        }
        return page;
    }

    /** The name of the account the source's credential acts as; asked once per credential. */
    public String accountName(Source source) {
        String known = accountNames.get(source.credential);
        if (known != null) {
            return known;
        }
        RedditAccount me = calls.read(source.id, config.apiUrl(), () -> authed(source, RedditClient::me));
        if (me == null || me.name() == null || me.name().isBlank()) {
            throw new PlatformException.Malformed("reddit answered /api/v1/me without a name", null);
        }
        accountNames.put(source.credential, me.name());
        return me.name();
    }

    /** The account's newest comments (up to 100), where an earlier attempt's reply would be. */
    public RedditListing commentsOf(Source source, String name) {
        RedditListing page = calls.read(source.id, config.apiUrl(),
                () -> authed(source, (api, auth) -> api.commentsOf(name, "new", PAGE_MAX, 1, auth)));
        if (page == null) {
            throw new PlatformException.Malformed("reddit answered without a listing of comments", null);
        }
        return page;
    }

    /** Comments once; a timeout leaves the outcome unknown, so the caller must look before trying again. */
    public JsonNode comment(Source source, String thingId, String text) {
        return authed(source, (api, auth) -> api.comment("json", thingId, text, 1, auth));
    }

    /** Whether the source's credential acts as an account (and so can reply). */
    public boolean actsAsUser(Source source) {
        return source.credential != null && credentials.secret(source.credential).flatMap(RedditCredential::parse)
                .map(RedditCredential::actsAsUser).orElse(false);
    }

    private <R> R authed(Source source, Call<R> call) {
        URI api = urlGuard.check(config.apiUrl());
        String key = budgetKey(source, api);
        return tokens.call(key, () -> token(source, key),
                token -> calls.send(key, api.getHost(), () -> call.on(client(api), "bearer " + token)));
    }

    private AccessTokens.Token token(Source source, String key) {
        RedditCredential credential = credential(source);
        URI endpoint = urlGuard.check(config.tokenUrl());
        // The token request is one more request made with the app's id, so it is spent from the same budget.
        calls.acquire(key);
        RedditToken answer = calls.exchange(key, endpoint.getHost(),
                () -> tokenClient(endpoint).token(credential.grant(), credential.basicAuthorization())).getEntity();
        if (answer == null || answer.accessToken() == null || answer.accessToken().isBlank()) {
            String error = answer == null || answer.error() == null ? "no access token" : answer.error();
            throw new PlatformException.Refused(401, "reddit refused credential '" + source.credential + "': "
                    + error);
        }
        return AccessTokens.Token.lasting(answer.accessToken(), answer.expiresIn(), 60, 30);
    }

    private RedditCredential credential(Source source) {
        if (source.credential == null) {
            throw new PlatformException.Refused(401, "a reddit source needs a credential");
        }
        String secret = credentials.required(source.credential);
        return RedditCredential.parse(secret).orElseThrow(() -> new PlatformException.Refused(401,
                "credential '" + source.credential + "' must be " + RedditCredential.expectedForm()));
    }

    private RedditClient client(URI api) {
        RedditClient built = client;
        if (built == null) {
            built = builder(api).build(RedditClient.class);
            client = built;
        }
        return built;
    }

    private RedditTokenClient tokenClient(URI endpoint) {
        RedditTokenClient built = tokenClient;
        if (built == null) {
            built = builder(endpoint).build(RedditTokenClient.class);
            tokenClient = built;
        }
        return built;
    }

    private QuarkusRestClientBuilder builder(URI base) {
        return PlatformClients.builder(base, config.timeout(), config.userAgent(), config.maxBodyBytes(), new PlatformHttpError.Mapper(RedditApi::redditError));
    }

    /** Reddit errors come as {@code {"message": "Forbidden", "error": 403}} or {@code {"error": "invalid_grant"}}. */
    private static String redditError(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                return null;
            }
            if (node.hasNonNull("message")) {
                String reason = node.path("reason").asText(null);
                return node.get("message").asText() + (reason == null ? "" : " (" + reason + ")");
            }
            JsonNode error = node.get("error");
            return error != null && error.isTextual() ? error.asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String budgetKey(Source source, URI api) {
        return RateBudgets.key(PLATFORM, api, source.credential);
    }

    @FunctionalInterface
    private interface Call<R> {
        RestResponse<R> on(RedditClient client, String authorization);
    }
}
