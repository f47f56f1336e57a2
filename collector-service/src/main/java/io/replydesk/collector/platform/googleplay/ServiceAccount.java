package io.replydesk.collector.platform.googleplay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A Google service-account key (the JSON file Google Cloud hands out, with {@code client_email}, {@code private_key}
 * and {@code token_uri}) and the signed JWT that trades it for an access token to the Android Publisher API.
 */
final class ServiceAccount {

    static final String SCOPE = "https://www.googleapis.com/auth/androidpublisher";
    private static final String DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final String clientEmail;
    private final PrivateKey key;
    private final String tokenUri;

    private ServiceAccount(String clientEmail, PrivateKey key, String tokenUri) {
        this.clientEmail = clientEmail;
        this.key = key;
        this.tokenUri = tokenUri;
    }

    /** Empty when the secret is not a usable service-account key; the reason is never the secret itself. */
    static Optional<ServiceAccount> parse(String secret) {
        try {
            JsonNode json = JSON.readTree(secret);
            String email = json.path("client_email").asText(null);
            String pem = json.path("private_key").asText(null);
            if (email == null || pem == null) {
                return Optional.empty();
            }
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            String tokenUri = json.path("token_uri").asText(DEFAULT_TOKEN_URI);
            return Optional.of(new ServiceAccount(email, key, tokenUri));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String tokenUri() {
        return tokenUri;
    }

    /** An RS256 JWT asking for the Android Publisher scope, valid for an hour. */
    String assertion(Instant now) {
        String header = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = URL.encodeToString(JSON.createObjectNode().put("iss", clientEmail).put("scope", SCOPE)
                .put("aud", tokenUri).put("iat", now.getEpochSecond()).put("exp", now.getEpochSecond() + 3600)
                .toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the service account's key", e);
        }
    }

    @Override
    public String toString() {
        return "ServiceAccount[" + clientEmail + "]";
    }
}
