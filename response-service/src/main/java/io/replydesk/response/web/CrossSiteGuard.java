package io.replydesk.response.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.replydesk.response.config.WebConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses writes that a page of another site makes the browser send. The browser keeps the user's Basic
 * (or session) credentials and would attach them to a forged form post, so a write must come from our own
 * origin: browsers say where a request comes from in {@code Origin} and {@code Sec-Fetch-Site}; API clients
 * such as curl send neither and are not affected (OWASP: verifying origin with standard headers).
 */
@ApplicationScoped
public class CrossSiteGuard {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Runs before authentication, so a forged request is refused whatever credentials it carries. */
    private static final int PRIORITY = 1000;

    private final List<String> allowed;

    public CrossSiteGuard(WebConfig config) {
        this.allowed = config.allowedOrigins().orElse(List.of()).stream()
                .map(o -> o.strip().toLowerCase(Locale.ROOT).replaceAll("/+$", "")).toList();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        if (SAFE.contains(context.request().method()) || isSameSite(context)) {
            context.next();
            return;
        }
        context.response().setStatusCode(403).putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"cross-site request refused: writes must come from the ReplyDesk inbox itself\"}");
    }

    private boolean isSameSite(RoutingContext context) {
        String fetchSite = context.request().getHeader("Sec-Fetch-Site");
        String origin = context.request().getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            // no Origin: not a browser, or a same-origin request of an old one; trust Sec-Fetch-Site if sent
            return fetchSite == null || !fetchSite.equalsIgnoreCase("cross-site");
        }
        String normalised = origin.strip().toLowerCase(Locale.ROOT);
        if (allowed.contains(normalised)) {
            return true;
        }
        String host = forwardedHost(context);
        try {
            URI uri = URI.create(normalised);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String forwardedHost(RoutingContext context) {
        String forwarded = context.request().getHeader("X-Forwarded-Host");
        String host = forwarded != null && !forwarded.isBlank() ? forwarded.split(",")[0].strip()
                : context.request().getHeader("Host");
        return host == null ? null : host.strip();
    }
}
