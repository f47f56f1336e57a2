package io.replydesk.response;

import java.util.UUID;

/** The caller changed a draft from an outdated copy: someone else changed it in between. */
public class StaleDraftException extends RuntimeException {

    public StaleDraftException(UUID draftId, long expected, long actual) {
        super("draft " + draftId + " is at version " + actual + ", not " + expected + "; reload it and try again");
    }
}
