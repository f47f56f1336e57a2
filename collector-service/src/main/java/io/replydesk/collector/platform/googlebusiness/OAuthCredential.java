package io.replydesk.collector.platform.googlebusiness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * An OAuth client and a refresh token that a Business Profile manager granted the business.manage scope with:
 * {@code {"clientId", "clientSecret", "refreshToken"}} (Google's snake_case names are accepted too), and optionally
 * the {@code tokenUri} of the OAuth client's JSON when it is not Google's usual token endpoint.
 */
record OAuthCredential(String clientId, String clientSecret, String refreshToken, String tokenUri) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String expectedForm() {
        return "JSON {\"clientId\": \"...\", \"clientSecret\": \"...\", \"refreshToken\": \"...\"}";
    }

    /** Empty when the secret is not such a credential; the reason is never the secret itself. */
    static Optional<OAuthCredential> parse(String secret) {
        try {
            JsonNode json = JSON.readTree(secret);
            if (json == null || !json.isObject()) {
                return Optional.empty();
            }
            String id = field(json, "clientId", "client_id");
            String clientSecret = field(json, "clientSecret", "client_secret");
            String refresh = field(json, "refreshToken", "refresh_token");
            return id == null || clientSecret == null || refresh == null ? Optional.empty()
                    : Optional.of(new OAuthCredential(id, clientSecret, refresh, field(json, "tokenUri", "token_uri")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String field(JsonNode json, String name, String alias) {
        String value = json.path(name).asText(json.path(alias).asText(null));
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "OAuthCredential[" + clientId + "]";
    }
}
