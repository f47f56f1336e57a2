package io.replydesk.collector.platform.reddit;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.ReplyChannel;
import io.replydesk.collector.platform.ReplyResult;
import io.replydesk.events.ReplyApproved;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replies as a comment on the observed submission or comment ({@code /api/comment} with its fullname as
 * {@code thing_id}). Reddit takes no idempotency key, so when an earlier attempt may have reached it, the account's
 * newest comments are searched first for one answering the same thing with the approved text, and that one is
 * reported instead of commenting again.
 */
@ApplicationScoped
public class RedditReplyChannel implements ReplyChannel {

    private static final String WEB = "https://www.reddit.com";

    private final RedditApi api;
    private final int maxLength;

    public RedditReplyChannel(RedditApi api, CollectorConfig config) {
        this.api = api;
        this.maxLength = config.reddit().replyMaxLength();
    }

    @Override
    public SourceType type() {
        return SourceType.REDDIT;
    }

    @Override
    public boolean canReply(Source source) {
        return api.actsAsUser(source);
    }

    @Override
    public ReplyResult post(Source source, ReplyApproved approval, int attempt) {
        String target = approval.externalId();
        if (!ThingReader.isFullname(target)) {
            return ReplyResult.refused("'" + target + "' is not the fullname of a Reddit submission or comment");
        }
        String text = approval.text();
        if (text == null || text.isBlank()) {
            return ReplyResult.refused("the reply is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return ReplyResult.refused("the reply is " + length + " characters; Reddit accepts at most " + maxLength);
        }
        try {
            if (attempt > 1) {
                Optional<JsonNode> earlier = earlierReply(source, target, text);
                if (earlier.isPresent()) {
                    return ReplyResult.posted(earlier.get().path("name").asText(), url(earlier.get()));
                }
            }
            return answer(api.comment(source, target, text));
        } catch (PlatformException.Refused e) {
            return ReplyResult.refused(e.getMessage());
        } catch (PlatformException e) {
            return ReplyResult.retryable(e.getMessage());
        }
    }

    /** {@code {"json": {"errors": [[code, message, field]], "data": {"things": [{"kind": "t1", "data": {...}}]}}}}. */
    private static ReplyResult answer(JsonNode body) {
        JsonNode json = body == null ? null : body.get("json");
        if (json == null) {
            return ReplyResult.retryable("reddit answered the comment without a result");
        }
        List<String> errors = new ArrayList<>();
        boolean rateLimited = false;
        for (JsonNode error : json.path("errors")) {
            String code = error.path(0).asText("");
            rateLimited |= code.equals("RATELIMIT");
            errors.add(code + ": " + error.path(1).asText(""));
        }
        if (!errors.isEmpty()) {
            String reason = "reddit refused the comment: " + String.join("; ", errors);
            return rateLimited ? ReplyResult.retryable(reason) : ReplyResult.refused(reason);
        }
        JsonNode comment = json.path("data").path("things").path(0).path("data");
        String name = comment.path("name").asText(null);
        if (!ThingReader.isFullname(name)) {
            return ReplyResult.retryable("reddit accepted the comment but answered without its id");
        }
        return ReplyResult.posted(name, url(comment));
    }

    /** Our account's comment on {@code target} that contains the approved text, if its newest comments have one. */
    private Optional<JsonNode> earlierReply(Source source, String target, String text) {
        String me = api.accountName(source);
        String wanted = PlainText.normalized(text);
        for (RedditListing.Thing thing : api.commentsOf(source, me).things()) {
            JsonNode c = thing == null ? null : thing.data();
            if (c != null && "t1".equals(thing.kind()) && target.equals(c.path("parent_id").asText(null))
                    && me.equalsIgnoreCase(c.path("author").asText(""))
                    && PlainText.normalized(c.path("body").asText("")).contains(wanted)
                    && ThingReader.isFullname(c.path("name").asText(null))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String url(JsonNode comment) {
        String permalink = comment.path("permalink").asText(null);
        if (permalink != null && permalink.startsWith("/")) {
            return WEB + permalink;
        }
        String link = comment.path("link_id").asText("");
        String id = comment.path("id").asText("");
        return link.startsWith("t3_") && !id.isEmpty() ? WEB + "/comments/" + link.substring(3) + "/_/" + id + "/"
                : null;
    }
}
