package io.replydesk.sentiment;

/** What a post is about, as far as keywords tell: the playbook picks its reply by this. */
public enum Category {
    DELAY,
    PRODUCT_QUALITY,
    STAFF_BEHAVIOUR,
    BILLING,
    CANCELLATION,
    DELIVERY,
    CLEANLINESS,
    OTHER
}
