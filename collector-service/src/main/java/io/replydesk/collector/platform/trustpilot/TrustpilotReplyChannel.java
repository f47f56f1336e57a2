package io.replydesk.collector.platform.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.ReplyChannel;
import io.replydesk.collector.platform.ReplyResult;
import io.replydesk.events.ReplyApproved;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers a service review through Trustpilot's private API, {@code POST /v1/private/reviews/{reviewId}/reply}
 * (the endpoint Pipedream's Trustpilot integration uses: components/trustpilot/common/constants.mjs,
 * REPLY_TO_SERVICE_REVIEW), as the business user of the source's credential. A review has one company reply, and
 * the API takes no idempotency key: when an earlier attempt may have reached Trustpilot, the review is read first
 * ({@code GET /v1/private/reviews/{reviewId}}) and a {@code companyReply} with the approved text is reported
 * instead of posting again. The platform's reply id is the review's: the reply has none of its own.
 */
@ApplicationScoped
public class TrustpilotReplyChannel implements ReplyChannel {

    private static final Pattern REVIEW_ID = Pattern.compile("[0-9A-Za-z]{1,50}");

    private final TrustpilotReplies replies;

    public TrustpilotReplyChannel(TrustpilotReplies replies) {
        this.replies = replies;
    }

    @Override
    public SourceType type() {
        return SourceType.TRUSTPILOT;
    }

    @Override
    public boolean canReply(Source source) {
        return replies.canReply(source);
    }

    @Override
    public String whyNot(Source source) {
        return "this trustpilot source's credential reads public reviews only; to answer through the API it must be "
                + TrustpilotCredential.expectedForm() + ". Otherwise open the review's link and answer in Trustpilot"
                + " Business";
    }

    @Override
    public ReplyResult post(Source source, ReplyApproved approval, int attempt) {
        String reviewId = approval.externalId();
        if (reviewId == null || !REVIEW_ID.matcher(reviewId).matches()) {
            return ReplyResult.refused("'" + reviewId + "' is not a Trustpilot review id");
        }
        String text = approval.text();
        if (text == null || text.isBlank()) {
            return ReplyResult.refused("the reply is empty");
        }
        String link = TrustpilotReviewReader.link(reviewId);
        try {
            if (attempt > 1) {
                Optional<JsonNode> existing = replies.companyReply(source, reviewId);
                if (existing.isPresent() && sameText(existing.get(), text)) {
                    return ReplyResult.posted(reviewId, link);
                }
            }
            replies.reply(source, reviewId, text.strip());
            return ReplyResult.posted(reviewId, link);
        } catch (PlatformException.Refused e) {
            return ReplyResult.refused(e.getMessage());
        } catch (PlatformException e) {
            return ReplyResult.retryable(e.getMessage());
        }
    }

    private static boolean sameText(JsonNode companyReply, String text) {
        return PlainText.normalized(companyReply.path("text").asText("")).strip()
                .equals(PlainText.normalized(text).strip());
    }
}
