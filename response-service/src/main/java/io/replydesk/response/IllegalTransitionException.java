package io.replydesk.response;

import java.util.UUID;

/** A change the draft's current status does not allow, such as approving a draft twice. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(UUID draftId, String action, DraftStatus status) {
        super("cannot " + action + " draft " + draftId + ": it is " + status);
    }
}
