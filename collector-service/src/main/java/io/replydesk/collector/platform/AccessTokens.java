package io.replydesk.collector.platform;

import io.replydesk.collector.service.KnownSecrets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The OAuth access tokens of a platform's credentials, one per budget key: fetched when missing or expired, and
 * fetched again once when the platform refuses a call with 401, because a token can be revoked before it expires.
 * Repeating is safe even for a write: a call refused with 401 did nothing.
 */
public final class AccessTokens {

    /** A token and the moment to stop using it. */
    public record Token(String value, Instant expiresAt) {

        /** An access token is as secret as the credential it came from; see KnownSecrets. */
        public Token {
            KnownSecrets.remember(value);
        }

        /**
         * A token the platform says lives {@code expiresIn} seconds (an hour when it does not say, at least
         * {@code minSeconds}), given up {@code marginSeconds} early so that it does not expire during a call.
         */
        public static Token lasting(String value, Long expiresIn, long minSeconds, long marginSeconds) {
            long lifetime = expiresIn == null ? 3600 : Math.max(minSeconds, expiresIn);
            return new Token(value, Instant.now().plusSeconds(lifetime - marginSeconds));
        }
    }

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /** Calls with the key's token; after a 401, forgets that token, fetches a new one and calls once more. */
    public <R> R call(String key, Supplier<Token> fetch, Function<String, R> call) {
        Token token = token(key, fetch);
        try {
            return call.apply(token.value());
        } catch (PlatformException.Refused e) {
            if (e.status() != 401) {
                throw e;
            }
            tokens.remove(key, token);
            return call.apply(token(key, fetch).value());
        }
    }

    private Token token(String key, Supplier<Token> fetch) {
        Token known = tokens.get(key);
        if (known != null && known.expiresAt().isAfter(Instant.now())) {
            return known;
        }
        Token fresh = fetch.get();
        tokens.put(key, fresh);
        return fresh;
    }
}
