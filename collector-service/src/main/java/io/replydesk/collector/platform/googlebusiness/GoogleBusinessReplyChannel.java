package io.replydesk.collector.platform.googlebusiness;

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
import java.nio.charset.StandardCharsets;

/**
 * Replies with reviews.updateReply (PUT .../reviews/{id}/reply): a review has at most one owner reply and a PUT
 * replaces it ({@link OwnerReply}).
 */
@ApplicationScoped
public class GoogleBusinessReplyChannel implements ReplyChannel {

    private final GoogleBusinessApi api;
    private final Credentials credentials;
    private final int maxBytes;

    public GoogleBusinessReplyChannel(GoogleBusinessApi api, Credentials credentials, CollectorConfig config) {
        this.api = api;
        this.credentials = credentials;
        this.maxBytes = config.googleBusiness().replyMaxLength();
    }

    @Override
    public SourceType type() {
        return SourceType.GOOGLE_BUSINESS;
    }

    @Override
    public boolean canReply(Source source) {
        return source.credential != null && credentials.exists(source.credential);
    }

    @Override
    public ReplyResult post(Source source, ReplyApproved approval, int attempt) {
        String reviewId = approval.externalId();
        if (!BusinessReviewReader.isReviewId(reviewId)) {
            return ReplyResult.refused("'" + reviewId + "' is not a Google Business Profile review id");
        }
        String text = approval.text();
        if (text == null || text.isBlank()) {
            return ReplyResult.refused("the reply is empty");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            return ReplyResult.refused("the reply is " + bytes + " bytes; Google Business Profile accepts at most "
                    + maxBytes);
        }
        return OwnerReply.post(reviewId, attempt, () -> replied(api.review(source, reviewId), text), () -> {
            JsonNode answer = api.reply(source, reviewId, text);
            return answer != null && answer.hasNonNull("comment");
        }, "google business profile accepted the reply but answered without it");
    }

    private static boolean replied(JsonNode review, String text) {
        return review != null && PlainText.normalized(review.path("reviewReply").path("comment").asText(""))
                .equals(PlainText.normalized(text));
    }
}
