package io.replydesk.collector.platform.reddit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Form;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A Reddit credential: the app's {@code clientId} and {@code clientSecret} and how it acts. With a
 * {@code refreshToken} (an installed or web app the account authorised) or a {@code username} and {@code password}
 * (a script app of that account) it acts as that account and can reply; with neither, it is application-only
 * (client credentials) and can only read.
 */
final class RedditCredential {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final String username;
    private final String password;

    private RedditCredential(String clientId, String clientSecret, String refreshToken, String username,
            String password) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.username = username;
        this.password = password;
    }

    /** Empty when the secret is not such JSON; the reason is never the secret itself. */
    static Optional<RedditCredential> parse(String secret) {
        JsonNode json;
        try {
            json = JSON.readTree(secret);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (json == null || !json.isObject()) {
            return Optional.empty();
        }
        String clientId = text(json, "clientId");
        if (clientId == null) {
            return Optional.empty();
        }
        String secretPart = text(json, "clientSecret");
        String username = text(json, "username");
        String password = text(json, "password");
        if (username != null && password == null) {
            return Optional.empty();
        }
        return Optional.of(new RedditCredential(clientId, secretPart == null ? "" : secretPart,
                text(json, "refreshToken"), username, password));
    }

    static String expectedForm() {
        return "JSON {\"clientId\", \"clientSecret\", \"refreshToken\"} (or \"username\" and \"password\" for a script"
                + " app; clientId and clientSecret alone only read)";
    }

    /** Whether it acts as an account, which replying needs. */
    boolean actsAsUser() {
        return refreshToken != null || username != null;
    }

    Form grant() {
        if (refreshToken != null) {
            return new Form().param("grant_type", "refresh_token").param("refresh_token", refreshToken);
        }
        if (username != null) {
            return new Form().param("grant_type", "password").param("username", username)
                    .param("password", password);
        }
        return new Form().param("grant_type", "client_credentials");
    }

    String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "RedditCredential[clientId=" + clientId + "]";
    }

    private static String text(JsonNode json, String field) {
        String value = json.path(field).asText(null);
        return value == null || value.isBlank() ? null : value;
    }
}
