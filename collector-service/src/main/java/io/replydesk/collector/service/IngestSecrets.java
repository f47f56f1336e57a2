package io.replydesk.collector.service;

import io.replydesk.collector.Source;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** A webhook source's bearer token and signing secret, as issued; only their use is stored (see Source). */
public record IngestSecrets(String ingestToken, String signingSecret) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** New secrets for the source; the old ones stop working once the source is saved. */
    static IngestSecrets issue(Source source) {
        String token = "rdw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(24));
        String signingSecret = "rdws_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        source.ingestTokenHash = hash(token);
        source.ingestSigningSecret = signingSecret;
        return new IngestSecrets(token, signingSecret);
    }

    /** How an ingest token is stored and compared: its SHA-256, in hexadecimal. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Never the values: a record's own toString would put both secrets into any log line that mentions it. */
    @Override
    public String toString() {
        return "IngestSecrets[ingestToken=[redacted], signingSecret=[redacted]]";
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
