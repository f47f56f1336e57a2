package io.replydesk.collector.platform.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A Trustpilot credential: either the bare API key (reading public reviews) or the JSON
 * {@code {"apiKey", "apiSecret", "username", "password", "businessUserId"}} of an application and the business user
 * it answers as (the private API's password grant, developers.trustpilot.com/grant-type-password). Only the second
 * can reply. Never printed: {@link #toString()} hides every part.
 */
final class TrustpilotCredential {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiKey;
    private final String apiSecret;
    private final String username;
    private final String password;
    private final String businessUserId;

    private TrustpilotCredential(String apiKey, String apiSecret, String username, String password,
            String businessUserId) {
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
        this.username = username;
        this.password = password;
        this.businessUserId = businessUserId;
    }

    static String expectedForm() {
        return "a Trustpilot API key, or JSON {\"apiKey\", \"apiSecret\", \"username\", \"password\", \"businessUserId\"}"
                + " (the application's key and secret, a Trustpilot Business user's login and id) to reply";
    }

    /** Empty when the secret is JSON without an apiKey, or not JSON at all although it starts like it. */
    static Optional<TrustpilotCredential> parse(String secret) {
        String value = secret.strip();
        if (!value.startsWith("{")) {
            return value.isEmpty() ? Optional.empty()
                    : Optional.of(new TrustpilotCredential(value, null, null, null, null));
        }
        try {
            JsonNode json = JSON.readTree(value);
            String apiKey = text(json, "apiKey");
            return apiKey == null ? Optional.empty() : Optional.of(new TrustpilotCredential(apiKey,
                    text(json, "apiSecret"), text(json, "username"), text(json, "password"),
                    text(json, "businessUserId")));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** Whether it holds everything the private API needs to post a reply. */
    boolean canReply() {
        return apiSecret != null && username != null && password != null && businessUserId != null;
    }

    String apiKey() {
        return apiKey;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String businessUserId() {
        return businessUserId;
    }

    /** The token request's {@code Authorization}: Basic base64(apiKey:apiSecret). */
    String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((apiKey + ":" + apiSecret)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "TrustpilotCredential[" + (canReply() ? "business user" : "api key") + "]";
    }

    private static String text(JsonNode json, String field) {
        String value = json.path(field).asText(null);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
