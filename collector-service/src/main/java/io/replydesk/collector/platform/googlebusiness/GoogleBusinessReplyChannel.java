package io.replydesk.collector.platform.googlebusiness;

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
import java.nio.charset.StandardCharsets;

/**
 * Replies with reviews.updateReply (PUT .../reviews/{id}/reply). A review has at most one owner reply and a PUT
 * replaces it, so a repeat can never make a second reply; still, when an earlier attempt may have gone through, the
 * review is read first and a reviewReply with the approved text is reported without writing again.
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
        try {
            if (attempt > 1 && replied(api.review(source, reviewId), text)) {
                return ReplyResult.posted(reviewId, null);
            }
            JsonNode answer = api.reply(source, reviewId, text);
            if (answer == null || !answer.hasNonNull("comment")) {
                return ReplyResult.retryable("google business profile accepted the reply but answered without it");
            }
            return ReplyResult.posted(reviewId, null);
        } catch (PlatformException.Refused e) {
            return ReplyResult.refused(e.getMessage());
        } catch (PlatformException e) {
            return ReplyResult.retryable(e.getMessage());
        }
    }

    private static boolean replied(JsonNode review, String text) {
        return review != null && PlainText.normalized(review.path("reviewReply").path("comment").asText(""))
                .equals(PlainText.normalized(text));
    }
}
