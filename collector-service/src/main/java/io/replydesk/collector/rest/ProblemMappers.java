package io.replydesk.collector.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.replydesk.web.Problem;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the API as application/problem+json with a 4xx status that names the problem. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problem.response(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidArgument(IllegalArgumentException e) {
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response tooLarge(IngestPost.TextTooLongException e) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "invalid JSON: " + describe(e));
    }

    /** Quarkus maps this subtype itself (a plain JSON body, no field named) unless a mapper names it exactly. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return invalidJson(e);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> leaf(v.getPropertyPath().toString()) + " " + v.getMessage())
                .sorted().collect(Collectors.joining("; "));
        return Problem.response(Response.Status.BAD_REQUEST, detail);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalidJson(json);
        }
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 415 -> "unsupported content type; send application/json";
            case 405 -> "method not allowed on this path";
            case 404 -> "no such resource";
            default -> e.getMessage();
        };
        return Problem.response(status, detail);
    }

    private static String describe(JsonProcessingException e) {
        Throwable cause = e;
        while (cause instanceof ValueInstantiationException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                return "the body must be a JSON object";
            }
            return "field '" + mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName()
                    + "' has the wrong type or format";
        }
        return e.getOriginalMessage();
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
