package io.replydesk.collector.platform;

import io.replydesk.collector.service.KnownSecrets;
import java.time.Instant;

/**
 * A platform call that did not give a usable answer; the subtype says whether waiting or retrying can help. The
 * message often quotes the platform, which goes on into logs and health, so every known secret is cut out of it here.
 */
public abstract class PlatformException extends RuntimeException {

    protected PlatformException(String message, Throwable cause) {
        super(KnownSecrets.redact(message), cause);
    }

    /** The platform or our own budget for the credential says to wait until {@link #retryAt()}. */
    public static class RateLimited extends PlatformException {
        private final Instant retryAt;

        public RateLimited(String message, Instant retryAt) {
            super(message, null);
            this.retryAt = retryAt;
        }

        public Instant retryAt() {
            return retryAt;
        }
    }

    /** 5xx, timeouts, connection failures: the outcome of a write is unknown; another attempt may work. */
    public static class Unavailable extends PlatformException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A 4xx other than 429: the platform will not do it; {@link #getMessage()} carries its reason. */
    public static class Refused extends PlatformException {
        private final int status;

        public Refused(int status, String message) {
            super(message, null);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The answer arrived but cannot be read (not JSON, wrong shape, too large). */
    public static class Malformed extends PlatformException {
        public Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
