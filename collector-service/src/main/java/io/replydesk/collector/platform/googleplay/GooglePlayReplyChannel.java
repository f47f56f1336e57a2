package io.replydesk.collector.platform.googleplay;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.ReplyChannel;
import io.replydesk.collector.platform.ReplyResult;
import io.replydesk.collector.service.Credentials;
import io.replydesk.events.ReplyApproved;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Replies with reviews.reply. A review has at most one developer reply and replying again replaces it, so a repeat
 * can never make a second reply; still, when an earlier attempt may have gone through, the review is read first and
 * a reply with the approved text is reported without writing again.
 */
@ApplicationScoped
public class GooglePlayReplyChannel implements ReplyChannel {

    private final GooglePlayApi api;
    private final Credentials credentials;
    private final int maxLength;

    public GooglePlayReplyChannel(GooglePlayApi api, Credentials credentials, CollectorConfig config) {
        this.api = api;
        this.credentials = credentials;
        this.maxLength = config.googlePlay().replyMaxLength();
    }

    @Override
    public SourceType type() {
        return SourceType.GOOGLE_PLAY;
    }

    @Override
    public boolean canReply(Source source) {
        return source.credential != null && credentials.exists(source.credential);
    }

    @Override
    public ReplyResult post(Source source, ReplyApproved approval, int attempt) {
        String reviewId = approval.externalId();
        if (!ReviewReader.isReviewId(reviewId)) {
            return ReplyResult.refused("'" + reviewId + "' is not a Google Play review id");
        }
        String text = approval.text();
        if (text == null || text.isBlank()) {
            return ReplyResult.refused("the reply is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return ReplyResult.refused("the reply is " + length + " characters; Google Play accepts at most "
                    + maxLength);
        }
        try {
            if (attempt > 1 && replied(api.review(source, reviewId), text)) {
                return ReplyResult.posted(reviewId, null);
            }
            JsonNode answer = api.reply(source, reviewId, text);
            if (answer == null || !answer.path("result").isObject()) {
                return ReplyResult.retryable("google play accepted the reply but answered without a result");
            }
            return ReplyResult.posted(reviewId, null);
        } catch (PlatformException.Refused e) {
            return ReplyResult.refused(e.getMessage());
        } catch (PlatformException e) {
            return ReplyResult.retryable(e.getMessage());
        }
    }

    private static boolean replied(JsonNode review, String text) {
        if (review == null) {
            return false;
        }
        String wanted = PlainText.normalized(text);
        for (JsonNode comment : review.path("comments")) {
            if (PlainText.normalized(comment.path("developerComment").path("text").asText("")).equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
