package io.replydesk.sentiment.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem body: what was wrong with the request, in words a caller can act on. */
public record Problem(String type, String title, int status, String detail) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.StatusType status, String detail) {
        return Response.status(status.getStatusCode()).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail)).build();
    }
}
