package io.replydesk.response;

/** A change that conflicts with the current state (a stale version, a closed incident); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
