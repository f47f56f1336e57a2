package io.replydesk.response.rest;

/** An RFC 9457 problem detail, the body of every error response. */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
