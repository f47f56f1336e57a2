package io.replydesk.response.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.replydesk.response.config.WebConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.HostAndPort;
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
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");
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
        if (SAFE.contains(context.request().method())) {
            context.next();
        } else if (!isSameSite(context)) {
            refuse(context, 403, "Forbidden",
                    "cross-site request refused: writes must come from the ReplyDesk inbox itself");
        } else if (isFormLike(context.request().getHeader("Content-Type"),
                BrowserRequests.fromBrowser(context.request()))) {
            refuse(context, 415, "Unsupported Media Type",
                    "writes take application/json (or no body), never a form or text/plain");
        } else {
            context.next();
        }
    }

    /**
     * A form (or no-cors fetch) body sent by a browser: the content types any site can make a browser send
     * without a preflight. The API never reads them, and a form submission is a navigation that always accepts
     * text/html, so this refuses a forged form even from a browser that sent no Origin. API clients are left
     * alone: curl and some test libraries label an empty POST as a form.
     */
    static boolean isFormLike(String contentType, boolean fromBrowser) {
        if (contentType == null || !fromBrowser) {
            return false;
        }
        return FORM_TYPES.contains(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }

    private boolean isSameSite(RoutingContext context) {
        String fetchSite = context.request().getHeader("Sec-Fetch-Site");
        String origin = context.request().getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            // no Origin: not a browser, or a same-origin request of an old one; trust Sec-Fetch-Site if sent
            return fetchSite == null || !fetchSite.equalsIgnoreCase("cross-site");
        }
        if ("null".equalsIgnoreCase(origin.strip())) {
            // an opaque origin: sandboxed frames, data: pages, some cross-site redirects; never our inbox
            return false;
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
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        // HTTP/2 carries the host in :authority, not in a Host header
        HostAndPort authority = context.request().authority();
        if (authority == null) {
            return null;
        }
        return authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port();
    }
}
