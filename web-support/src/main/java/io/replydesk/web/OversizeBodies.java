package io.replydesk.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} gets a problem+json 413 instead of Quarkus's bare one.
 * Quarkus answers both cases itself, where no error handler or exception mapper sees it, so this route runs first:
 * <ul>
 * <li>A declared length (Content-Length) over the limit: the same check as Quarkus's, one route earlier.</li>
 * <li>No declared length (chunked): Quarkus finds out only while the resource reads the body, inside its input
 * stream. Such a body is read here instead, by Vert.x's body handler, which stops at the limit and fails the request
 * with 413 for this route's failure handler to answer; within the limit the resource reads it from memory.</li>
 * </ul>
 * The rest of a refused body is not read: the connection closes once the answer is out, as Quarkus does.
 * <p>
 * Mind for new endpoints: a resource method that takes a body and runs on the event loop (returns Uni, or is marked
 * non-blocking) would get an empty body for a chunked request, because RESTEasy Reactive's InputHandler takes a
 * request already read to its end as one without a body. Blocking methods, all the services have, read it from memory.
 */
@ApplicationScoped
public class OversizeBodies {

    private final long limit;
    private final BodyHandler undeclaredLength;

    /** The default is Quarkus's own, for a service that does not set the limit. */
    public OversizeBodies(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.limit = limit.asLongValue();
        this.undeclaredLength = BodyHandler.create(false).setBodyLimit(this.limit);
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check)
                .failureHandler(this::answerTooLarge);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            // also passes on at once a request without a body (no Transfer-Encoding either)
            undeclaredLength.handle(context);
        } else if (length.matches("[0-9]{1,18}") && Long.parseLong(length) > limit) {
            refuse(context, "the body is " + length + " bytes; at most " + limit + " are accepted");
        } else {
            context.next();
        }
    }

    /** The body handler's own refusal: status 413 and no exception. Every other failure goes on to Quarkus. */
    private void answerTooLarge(RoutingContext context) {
        if (context.statusCode() != 413 || context.failure() != null || context.response().headWritten()) {
            context.next();
            return;
        }
        refuse(context, "the body is over " + limit + " bytes; at most " + limit + " are accepted");
    }

    private void refuse(RoutingContext context, String detail) {
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(done -> context.request().connection().close())
                .end(new Problem("about:blank", "Request Entity Too Large", 413, detail, null).toJson());
    }
}
