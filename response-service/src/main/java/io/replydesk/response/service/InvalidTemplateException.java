package io.replydesk.response.service;

/** A playbook template that does not parse, uses names outside its data model, or renders empty. */
public class InvalidTemplateException extends RuntimeException {

    public InvalidTemplateException(String message) {
        super(message);
    }
}
