package io.replydesk.events;

/** Who wrote a post; followers is null when the platform does not say. */
public record Author(String handle, String displayName, Long followers) {
}
