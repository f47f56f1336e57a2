package io.replydesk.collector.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed webhook pushes, Stripe-style: {@code X-ReplyDesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>">} keyed with the source's signing secret. The timestamp is signed too, so an old request cannot be
 * replayed once it is more than {@link #TOLERANCE} away from our clock.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-ReplyDesk-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** Longer headers are not ours; they are refused before any parsing. */
    private static final int MAX_HEADER = 1024;

    private WebhookSignature() {
    }

    /** The hex {@code v1} value for a body sent at {@code t}. */
    public static String sign(String secret, long t, byte[] body) {
        return HexFormat.of().formatHex(mac(secret, t, body));
    }

    /**
     * Whether the header carries a {@code v1} signature of this body by this secret, made within the tolerance of
     * {@code now}. Several {@code v1} entries are allowed (a sender may sign with an old and a new secret while
     * rotating); one matching is enough. Comparison is constant-time.
     */
    public static boolean verify(String header, String secret, byte[] body, Instant now) {
        if (header == null || secret == null || header.length() > MAX_HEADER) {
            return false;
        }
        Long t = null;
        java.util.List<byte[]> candidates = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (key.equals("t") && value.matches("[0-9]{1,12}")) {
                t = Long.parseLong(value);
            } else if (key.equals("v1") && value.matches("[0-9a-fA-F]{64}")) {
                candidates.add(HexFormat.of().parseHex(value));
            }
        }
        if (t == null || candidates.isEmpty()
                || Math.abs(now.getEpochSecond() - t) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = mac(secret, t, body);
        boolean match = false;
        for (byte[] candidate : candidates) {
            match |= MessageDigest.isEqual(expected, candidate);
        }
        return match;
    }

    private static byte[] mac(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
