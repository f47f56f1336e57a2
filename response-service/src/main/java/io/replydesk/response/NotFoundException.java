package io.replydesk.response;

/** Something the caller named does not exist (an incident, a playbook language); the message names it. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
