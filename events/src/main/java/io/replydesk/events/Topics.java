package io.replydesk.events;

/** Kafka topic names shared by all services (see DESIGN.md). */
public final class Topics {
    public static final String POSTS_OBSERVED = "posts.observed";
    public static final String POSTS_ASSESSED = "posts.assessed";
    public static final String REPLIES_APPROVED = "replies.approved";
    public static final String REPLIES_POSTED = "replies.posted";
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
