package io.replydesk.e2e;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets made up for one run: random and distinctive, so any copy of one in a log or an API answer is a leak,
 * never a coincidence. The stack is started with them (see SharedStack).
 */
final class Canaries {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The admin user's password on both services. */
    static final String ADMIN_PASSWORD = make("admin-pw");
    /** A wrong password tried at the login. */
    static final String WRONG_PASSWORD = make("wrong-pw");
    /** The Mastodon access token the collector reads from REPLYDESK_CREDENTIAL_E2E_MASTODON. */
    static final String MASTODON_TOKEN = make("mastodon-token");
    /** The name the Mastodon credential goes by (the name is not secret; the token is). */
    static final String MASTODON_CREDENTIAL = "e2e-mastodon";

    private Canaries() {
    }

    private static String make(String what) {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return "cnry-" + what + "-" + HexFormat.of().formatHex(bytes);
    }

    /** The value of an HTTP Basic Authorization header for the user, without "Basic ". */
    static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
