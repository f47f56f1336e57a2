package io.replydesk.sentiment.service;

/** The models are not (yet) in memory: the caller should retry later (HTTP 503). */
public class ModelsUnavailableException extends RuntimeException {
    public ModelsUnavailableException(String message) {
        super(message);
    }
}
