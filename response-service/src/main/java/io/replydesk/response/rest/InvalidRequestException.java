package io.replydesk.response.rest;

/** A request the API refuses as it stands (400); the message says what to fix. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }

    static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidRequestException("a JSON request body is required");
        }
        return body;
    }

    /** @return {@code value} when it holds 1..max characters (code points) that are not all blank */
    static String requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field + " is required and must not be blank");
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new InvalidRequestException(field + " has " + length + " characters; at most " + max + " are allowed");
        }
        return value;
    }
}
