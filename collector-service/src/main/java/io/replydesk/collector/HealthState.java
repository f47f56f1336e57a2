package io.replydesk.collector;

/**
 * How a source is doing now, at a glance: derived from its last poll outcomes, so an error that a later poll
 * recovered from no longer reads as a current failure (the error itself stays in the health for the record).
 */
public enum HealthState {
    /** The last poll worked and took in everything it was given. */
    OK,
    /** The last poll worked, but some items were refused (the reasons are in {@code lastError}). */
    WARNING,
    /** The platform, or our own request budget for it, asked us to wait; polling resumes at {@code nextPollAt}. */
    RATE_LIMITED,
    /** The last poll failed (or every poll so far did); {@code lastError} says why. */
    FAILING,
    /** Enabled but not polled yet. */
    NEVER_POLLED,
    /** Switched off: not polled, and a webhook refuses pushes (409), until enabled again. */
    DISABLED,
    /** Not polled at all: posts are pushed in (webhook) or replayed (demo), so there is no poll to judge. */
    PUSH
}
