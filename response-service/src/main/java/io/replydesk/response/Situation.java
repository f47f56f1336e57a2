package io.replydesk.response;

/** What kind of reply a post needs; the playbook holds templates per situation. */
public enum Situation {
    /** An ordinary complaint: apologise, acknowledge, say what will be done, take it private. */
    COMPLAINT,
    /** A complaint flagged unreasonable: courteous and factual, conceding nothing that is not established. */
    UNREASONABLE,
    /** A complaint spreading fast: apologise quickly and promise a public update. */
    VIRAL,
    /** A positive review: thank the author. */
    POSITIVE
}
