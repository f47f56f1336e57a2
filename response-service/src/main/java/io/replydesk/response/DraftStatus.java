package io.replydesk.response;

/** Where a draft reply stands: a person decides PENDING drafts; the collector reports on APPROVED ones. */
public enum DraftStatus {
    PENDING,
    APPROVED,
    REJECTED,
    POSTED,
    FAILED
}
