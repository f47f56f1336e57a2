package io.replydesk.sentiment.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.replydesk.sentiment.service.ModelsUnavailableException;
import io.replydesk.web.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refusal leaves the API as application/problem+json with a status and a detail naming the problem. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "invalid JSON: " + describe(e));
    }

    /** Quarkus maps this subtype itself (with a plain JSON body) unless a mapper names it exactly. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return invalidJson(e);
    }

    @ServerExceptionMapper
    public Response unavailable(ModelsUnavailableException e) {
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()))
                .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalidJson(json);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 415 -> "unsupported content type; send application/json";
            case 406 -> "cannot answer in the requested media type; accept application/json";
            case 405 -> "method not allowed on this path; use POST";
            case 404 -> "no such resource";
            case 400 -> "invalid request: " + e.getMessage();
            default -> e.getMessage();
        };
        return Problem.response(status, detail);
    }

    private static String describe(JsonProcessingException e) {
        String where = "";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".", "field '", "' ")).replace(".[", "[");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where + "has the wrong type (expected " + expected(mismatch.getTargetType()) + ")";
        }
        String message = e.getOriginalMessage();
        return where + (message == null ? "unreadable" : message.lines().findFirst().orElse(message));
    }

    private static String expected(Class<?> type) {
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return type == String.class ? "a string" : "a JSON object";
    }
}
