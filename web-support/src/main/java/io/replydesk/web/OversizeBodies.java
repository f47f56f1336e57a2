package io.replydesk.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} gets a problem+json 413 instead of Quarkus's
 * bare one. Quarkus checks Content-Length in a route of its own that ends the answer itself (no error handler or
 * exception mapper sees it), so this route runs just before it with the same check. A chunked body without a
 * Content-Length is only found too large while it is read, deep in the server: that one keeps the bare 413.
 */
@ApplicationScoped
public class OversizeBodies {

    private final long limit;

    /** The default is Quarkus's own, for a service that does not set the limit. */
    public OversizeBodies(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !length.matches("[0-9]{1,18}") || Long.parseLong(length) <= limit) {
                context.next();
                return;
            }
            // the rest of the body is not read: close the connection once the answer is out, as Quarkus does
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(done -> context.request().connection().close())
                    .end(new Problem("about:blank", "Request Entity Too Large", 413,
                            "the body is " + length + " bytes; at most " + limit + " are accepted", null).toJson());
        });
    }
}
