package io.replydesk.collector.platform.googleplay;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.OwnerReply;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.collector.platform.ReplyChannel;
import io.replydesk.collector.platform.ReplyResult;
import io.replydesk.collector.service.Credentials;
import io.replydesk.events.ReplyApproved;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Replies with reviews.reply: a review has at most one developer reply and replying again replaces it
 * ({@link OwnerReply}).
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
        return OwnerReply.post(reviewId, attempt, () -> replied(api.review(source, reviewId), text), () -> {
            JsonNode answer = api.reply(source, reviewId, text);
            return answer != null && answer.path("result").isObject();
        }, "google play accepted the reply but answered without a result");
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
