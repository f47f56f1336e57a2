package io.replydesk.collector.service;

import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.rest.ProblemException;
import java.net.URI;
import java.time.Duration;

/**
 * Checks of a source's settings that depend on this installation: URLs against the SSRF guard, credential names
 * against what is configured, poll intervals against the floor. Each refusal says what a good value looks like.
 */
final class SourceChecks {

    private final OutboundUrlGuard guard;
    private final CollectorConfig config;
    private final Credentials credentials;

    SourceChecks(OutboundUrlGuard guard, CollectorConfig config, Credentials credentials) {
        this.guard = guard;
        this.config = config;
        this.credentials = credentials;
    }

    /** A URL the collector will call, checked against the SSRF guard. */
    String url(String value) {
        return guard.check(value).toString();
    }

    /** The server's root, checked against the SSRF guard; a path or query would change every API URL. */
    String baseUrl(String value) {
        URI uri = guard.check(value);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (!path.isEmpty() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw ProblemException.badRequest("baseUrl must be the server's root, such as https://mastodon.social");
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The requested server's root, or the platform's default server when none was given. */
    String baseUrlOr(String requested, String fallback) {
        return baseUrl(blank(requested) ? fallback : requested);
    }

    Duration pollInterval(Duration requested, Duration fallback) {
        Duration interval = requested == null ? fallback : requested;
        if (interval.compareTo(config.polling().minPollInterval()) < 0) {
            throw ProblemException.badRequest("pollInterval must be at least " + config.polling().minPollInterval());
        }
        return interval;
    }

    /** The name of a configured credential; the secret itself stays where the operator put it. */
    String credential(String name) {
        Credentials.checkName(name);
        if (!credentials.exists(name)) {
            throw ProblemException.badRequest("credential '" + name + "' is not configured; "
                    + credentials.whereToPut(name));
        }
        return name;
    }

    /** A credential where one is optional: blank means none. */
    String optionalCredential(String name) {
        return blank(name) ? null : credential(name);
    }

    static String require(String value, String field) {
        if (blank(value)) {
            throw ProblemException.badRequest(field + " is required");
        }
        return value;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
