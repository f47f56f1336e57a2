package io.replydesk.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem body, the answer to every refused request: what was wrong, in words a caller can act on.
 * {@code instance} (the request path) is left out of the JSON when a service does not give it.
 */
public record Problem(String type, String title, int status, String detail,
        @JsonInclude(JsonInclude.Include.NON_NULL) String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem without an instance, titled with the status's reason phrase. */
    public static Response response(Response.StatusType status, String detail) {
        return Response.status(status.getStatusCode()).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null))
                .build();
    }

    /** A problem about the request at {@code instance}, to finish with headers of the caller's own. */
    public static Response.ResponseBuilder builder(int status, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", known == null ? "Error" : known.getReasonPhrase(), status, detail,
                        instance));
    }

    /** The body as routes outside the REST layer write it (no instance), in the same field order as Jackson. */
    String toJson() {
        return new JsonObject().put("type", type).put("title", title).put("status", status).put("detail", detail)
                .encode();
    }
}
