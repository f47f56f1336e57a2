package io.replydesk.collector.platform;

import io.replydesk.collector.SourceType;
import io.replydesk.collector.Source;
import io.replydesk.events.ReplyApproved;

/** How approved replies reach one kind of source. Implementations are called outside any transaction. */
public interface ReplyChannel {

    SourceType type();

    boolean canReply(Source source);

    /** Why {@link #canReply} is false for this source, in words for a person, or null for the generic reason. */
    default String whyNot(Source source) {
        return null;
    }

    /**
     * Posts the reply once. Implementations pass {@code approval.idempotencyKey()} to the platform where it
     * supports one, so a retry after an unknown outcome cannot post twice.
     *
     * @param attempt 1 for the first try of this idempotency key; higher when an earlier try may have reached the
     *        platform (a timeout, a crash), so a channel that can look should check before posting again
     */
    ReplyResult post(Source source, ReplyApproved approval, int attempt);
}
