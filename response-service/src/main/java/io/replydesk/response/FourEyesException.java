package io.replydesk.response;

import java.util.UUID;

/** The four-eyes rule refuses an approval by someone who edited the draft. */
public class FourEyesException extends RuntimeException {

    public FourEyesException(UUID draftId, String actor) {
        super("four-eyes rule: " + actor + " edited draft " + draftId + " and cannot approve it; another approver must");
    }
}
