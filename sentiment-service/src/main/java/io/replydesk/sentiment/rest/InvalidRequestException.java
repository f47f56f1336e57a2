package io.replydesk.sentiment.rest;

/** A request the API refuses with 400; the message says what to fix. */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
