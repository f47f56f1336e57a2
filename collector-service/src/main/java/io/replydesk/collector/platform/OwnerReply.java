package io.replydesk.collector.platform;

import java.util.function.BooleanSupplier;

/**
 * Answers a review that keeps at most one owner reply, which a new reply replaces (Google Play, Google Business
 * Profile). A repeat can never make a second reply; still, when an earlier attempt may have gone through, the review
 * is read first and a reply with the approved text is reported as posted without writing it again.
 */
public final class OwnerReply {

    private OwnerReply() {
    }

    /**
     * @param alreadyReplied reads the review: whether its owner reply already is the approved text
     * @param replied        writes the reply: whether the platform's answer shows it
     * @param unconfirmed    why a write whose answer does not show the reply is tried again
     */
    public static ReplyResult post(String reviewId, int attempt, BooleanSupplier alreadyReplied,
            BooleanSupplier replied, String unconfirmed) {
        try {
            if (attempt > 1 && alreadyReplied.getAsBoolean()) {
                return ReplyResult.posted(reviewId, null);
            }
            return replied.getAsBoolean() ? ReplyResult.posted(reviewId, null) : ReplyResult.retryable(unconfirmed);
        } catch (PlatformException.Refused e) {
            return ReplyResult.refused(e.getMessage());
        } catch (PlatformException e) {
            return ReplyResult.retryable(e.getMessage());
        }
    }
}
