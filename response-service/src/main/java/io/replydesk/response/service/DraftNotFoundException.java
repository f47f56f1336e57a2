package io.replydesk.response.service;

import java.util.UUID;

/** No draft has that id. */
public class DraftNotFoundException extends RuntimeException {

    public DraftNotFoundException(UUID id) {
        super("no draft with id " + id);
    }
}
