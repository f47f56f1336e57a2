package io.replydesk.collector.platform;

/**
 * Where the next poll of a source starts: a platform position (such as a Mastodon status id) and the validators
 * of a conditional request. Any part may be null.
 */
public record PollCursor(String position, String etag, String lastModified) {

    public static final PollCursor START = new PollCursor(null, null, null);

    public PollCursor withPosition(String newPosition) {
        return new PollCursor(newPosition, etag, lastModified);
    }
}
