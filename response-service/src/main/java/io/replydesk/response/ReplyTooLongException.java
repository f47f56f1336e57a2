package io.replydesk.response;

/** A reply longer than the platform it is for accepts. */
public class ReplyTooLongException extends RuntimeException {

    public ReplyTooLongException(String sourceType, int length, int limit) {
        super("text has " + length + " characters; a reply on " + sourceType + " may have at most " + limit);
    }
}
