package io.replydesk.collector.platform.bluesky;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * A record key in the AT Protocol's TID form (13 characters of sortable base32: 53 bits of microseconds, 10 bits
 * of clock id), made deterministically from an approval: its time and its idempotency key. Every attempt to post
 * the same approval thus names the same record.
 */
final class Tid {

    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    private static final long MAX_MICROS = (1L << 53) - 1;

    private Tid() {
    }

    static String of(Instant time, String idempotencyKey) {
        long micros = Math.min(MAX_MICROS, Math.max(0, time.getEpochSecond() * 1_000_000L + time.getNano() / 1000));
        long value = (micros << 10) | clockId(idempotencyKey);
        StringBuilder tid = new StringBuilder(13);
        for (int shift = 60; shift >= 0; shift -= 5) {
            tid.append(ALPHABET.charAt((int) ((value >>> shift) & 31)));
        }
        return tid.toString();
    }

    private static int clockId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ((digest[0] & 0xff) << 8 | (digest[1] & 0xff)) & 0x3ff;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
