package io.replydesk.collector.platform;

/** The outcome of one attempt to post a reply. */
public record ReplyResult(Outcome outcome, String platformReplyId, String url, String reason) {

    /** POSTED and REFUSED are final; RETRYABLE may succeed on another attempt. */
    public enum Outcome { POSTED, REFUSED, RETRYABLE }

    public static ReplyResult posted(String platformReplyId, String url) {
        return new ReplyResult(Outcome.POSTED, platformReplyId, url, null);
    }

    public static ReplyResult refused(String reason) {
        return new ReplyResult(Outcome.REFUSED, null, null, reason);
    }

    public static ReplyResult retryable(String reason) {
        return new ReplyResult(Outcome.RETRYABLE, null, null, reason);
    }
}
