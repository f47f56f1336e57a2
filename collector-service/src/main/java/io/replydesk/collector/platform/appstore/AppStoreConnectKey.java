package io.replydesk.collector.platform.appstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * An App Store Connect API key ({@code {"issuerId", "keyId", "privateKey"}}, the private key being the PEM text of the
 * .p8 file, an EC P-256 key) and the ES256 JWT it signs for each call. {@code apiUrl} may name another API server
 * (tests). Signed with plain Java crypto; the signature is JOSE's r||s, not DER.
 */
final class AppStoreConnectKey {

    static final String AUDIENCE = "appstoreconnect-v1";
    /** Apple refuses tokens that live longer than 20 minutes. */
    static final Duration LIFETIME = Duration.ofMinutes(19);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final String issuerId;
    private final String keyId;
    private final PrivateKey key;
    private final String apiUrl;

    private AppStoreConnectKey(String issuerId, String keyId, PrivateKey key, String apiUrl) {
        this.issuerId = issuerId;
        this.keyId = keyId;
        this.key = key;
        this.apiUrl = apiUrl;
    }

    static String expectedForm() {
        return "App Store Connect API key JSON {\"issuerId\", \"keyId\", \"privateKey\"} (the .p8 file's text)";
    }

    /** Empty when the secret is not a usable key; the reason never contains the secret. */
    static Optional<AppStoreConnectKey> parse(String secret) {
        try {
            JsonNode json = JSON.readTree(secret);
            String issuer = json.path("issuerId").asText(null);
            String keyId = json.path("keyId").asText(null);
            String pem = json.path("privateKey").asText(null);
            if (issuer == null || issuer.isBlank() || keyId == null || keyId.isBlank() || pem == null) {
                return Optional.empty();
            }
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            String apiUrl = json.path("apiUrl").asText(null);
            return Optional.of(new AppStoreConnectKey(issuer, keyId, key, apiUrl));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    String keyId() {
        return keyId;
    }

    /** The API server named by the key, or null for the configured one. */
    String apiUrl() {
        return apiUrl;
    }

    /** An ES256 JWT for the App Store Connect API, valid for {@link #LIFETIME}. */
    String token(Instant now) {
        String header = URL.encodeToString(JSON.createObjectNode().put("alg", "ES256").put("kid", keyId)
                .put("typ", "JWT").toString().getBytes(StandardCharsets.UTF_8));
        String claims = URL.encodeToString(JSON.createObjectNode().put("iss", issuerId)
                .put("iat", now.getEpochSecond()).put("exp", now.plus(LIFETIME).getEpochSecond())
                .put("aud", AUDIENCE).toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
            ecdsa.initSign(key);
            ecdsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + URL.encodeToString(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the App Store Connect key", e);
        }
    }

    @Override
    public String toString() {
        return "AppStoreConnectKey[" + keyId + "]";
    }
}
