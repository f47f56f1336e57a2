package io.replydesk.collector.platform.appstore;

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
 * Answers a review with App Store Connect's {@code POST /v1/customerReviewResponses}, for sources whose credential
 * is an App Store Connect API key. A review has one developer response; when an earlier attempt may have reached
 * Apple, {@code GET /v1/customerReviews/{id}/response} is read first and a response with the approved text is
 * reported instead of posting again.
 */
@ApplicationScoped
public class AppStoreReplyChannel implements ReplyChannel {

    private final AppStoreApi api;
    private final Credentials credentials;
    private final int maxLength;

    public AppStoreReplyChannel(AppStoreApi api, Credentials credentials, CollectorConfig config) {
        this.api = api;
        this.credentials = credentials;
        this.maxLength = config.appStore().replyMaxLength();
    }

    @Override
    public SourceType type() {
        return SourceType.APP_STORE;
    }

    @Override
    public boolean canReply(Source source) {
        return source.credential != null && credentials.exists(source.credential);
    }

    @Override
    public String whyNot(Source source) {
        return source.credential == null ? "this app-store source has no credential (an App Store Connect API"
                + " key), so it cannot answer through the API; answer the review in App Store Connect"
                : "credential '" + source.credential + "' is not configured";
    }

    @Override
    public ReplyResult post(Source source, ReplyApproved approval, int attempt) {
        if (source.credential == null) {
            return ReplyResult.refused("this app-store source has no App Store Connect API key (credential);"
                    + " answer the review in App Store Connect");
        }
        String reviewId = approval.externalId();
        if (reviewId == null || reviewId.isBlank()) {
            return ReplyResult.refused("the post has no App Store review id");
        }
        String text = approval.text();
        if (text == null || text.isBlank()) {
            return ReplyResult.refused("the reply is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return ReplyResult.refused("the reply is " + length + " characters; App Store Connect accepts at most "
                    + maxLength);
        }
        try {
            if (attempt > 1) {
                JsonNode existing = api.response(source, reviewId);
                if (sameText(existing, text)) {
                    return ReplyResult.posted(existing.path("data").path("id").asText(reviewId), null);
                }
            }
            JsonNode answer = api.respond(source, reviewId, text);
            String id = answer == null ? null : answer.path("data").path("id").asText(null);
            if (id == null) {
                return ReplyResult.retryable("app store connect accepted the reply but answered without it");
            }
            return ReplyResult.posted(id, null);
        } catch (PlatformException.Refused e) {
            return ReplyResult.refused(e.getMessage());
        } catch (PlatformException e) {
            return ReplyResult.retryable(e.getMessage());
        }
    }

    private static boolean sameText(JsonNode response, String text) {
        return response != null && PlainText.normalized(response.path("data").path("attributes")
                .path("responseBody").asText("")).strip().equals(PlainText.normalized(text).strip());
    }
}
