package io.replydesk.response.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.replydesk.response.ConflictException;
import io.replydesk.response.FourEyesException;
import io.replydesk.response.IllegalTransitionException;
import io.replydesk.response.NotFoundException;
import io.replydesk.response.ReplyTooLongException;
import io.replydesk.response.StaleDraftException;
import io.replydesk.response.service.DraftNotFoundException;
import io.replydesk.response.service.InvalidTemplateException;
import io.replydesk.response.web.BrowserRequests;
import io.replydesk.web.Problem;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of the API into an application/problem+json response that says what was wrong. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response notFound(DraftNotFoundException e, UriInfo uri) {
        return problem(404, e.getMessage(), uri);
    }

    @ServerExceptionMapper({IllegalTransitionException.class, StaleDraftException.class, ConflictException.class})
    public Response conflict(RuntimeException e, UriInfo uri) {
        return problem(409, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return problem(409, "the draft was changed by someone else at the same time; reload it and try again", uri);
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return problem(400, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response tooLong(ReplyTooLongException e, UriInfo uri) {
        return problem(400, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidTemplate(InvalidTemplateException e, UriInfo uri) {
        return problem(400, "template " + e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response fourEyes(FourEyesException e, UriInfo uri) {
        return problem(403, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unknown(NotFoundException e, UriInfo uri) {
        return problem(404, e.getMessage(), uri);
    }

    /** Also names MismatchedInputException: Quarkus maps that one itself, to plain JSON, unless told otherwise. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response invalidJson(JsonProcessingException e, UriInfo uri) {
        return problem(400, "invalid JSON: " + e.getOriginalMessage(), uri);
    }

    /** Routing and content negotiation: unknown path or id (404), wrong method (405), wrong content type (415). */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalidJson(json, uri);
        }
        Response response = e.getResponse();
        if (response.hasEntity() && !(response.getEntity() instanceof String)) {
            return response;
        }
        String detail = e.getMessage() == null ? response.getStatusInfo().getReasonPhrase() : e.getMessage();
        return problem(response.getStatus(), detail, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "your roles do not allow this", uri);
    }

    /**
     * Keeps the authentication challenge (WWW-Authenticate) the mechanism would have sent, except to browsers:
     * they would cache a password typed into their prompt (see {@link BrowserRequests}).
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthorized(RuntimeException e, RoutingContext context, UriInfo uri) {
        String detail = e instanceof AuthenticationFailedException ? "the user name or password is not valid"
                : "authentication is required";
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null || BrowserRequests.fromBrowser(context.request())
                ? Uni.createFrom().nullItem() : authenticator.getChallenge(context);
        return challenge.onFailure().recoverWithNull().map(data -> {
            Response.ResponseBuilder response = problemBuilder(401, detail, uri);
            if (data != null) {
                data.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            }
            return response.build();
        });
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return problem(500, "unexpected server error", uri);
    }

    private static Response problem(int status, String detail, UriInfo uri) {
        return problemBuilder(status, detail, uri).build();
    }

    private static Response.ResponseBuilder problemBuilder(int status, String detail, UriInfo uri) {
        return Problem.builder(status, detail, uri.getPath());
    }
}
