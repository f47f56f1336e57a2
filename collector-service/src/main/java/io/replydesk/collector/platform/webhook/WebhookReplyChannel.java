package io.replydesk.collector.platform.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.platform.ReplyChannel;
import io.replydesk.collector.platform.ReplyResult;
import io.replydesk.collector.service.OutboundHttp;
import io.replydesk.collector.service.OutboundUrlGuard;
import io.replydesk.events.ReplyApproved;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Webhook sources get their replies as a JSON POST to the callback URL configured on the source. The receiver
 * sees the idempotency key in the body and in an {@code Idempotency-Key} header; any 2xx means posted.
 */
@ApplicationScoped
public class WebhookReplyChannel implements ReplyChannel {

    private static final int MAX_ANSWER = 64 * 1024;

    private final OutboundHttp http;
    private final ObjectMapper json;

    public WebhookReplyChannel(OutboundHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public SourceType type() {
        return SourceType.WEBHOOK;
    }

    @Override
    public boolean canReply(Source source) {
        return source.replyCallbackUrl != null && !source.replyCallbackUrl.isBlank();
    }

    @Override
    public ReplyResult post(Source source, ReplyApproved approval, int attempt) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("postId", approval.postId());
        body.put("externalId", approval.externalId());
        body.put("text", approval.text());
        body.put("idempotencyKey", approval.idempotencyKey());
        try {
            OutboundHttp.Answer answer = http.postJson(source.replyCallbackUrl, json.writeValueAsString(body),
                    Map.of("Idempotency-Key", approval.idempotencyKey()), MAX_ANSWER);
            int status = answer.status();
            if (status / 100 == 2) {
                return ReplyResult.posted(replyId(answer.body()), null);
            }
            String reason = "callback answered HTTP " + status + snippet(answer.body());
            return status == 408 || status == 429 || status >= 500
                    ? ReplyResult.retryable(reason)
                    : ReplyResult.refused(reason);
        } catch (OutboundUrlGuard.UnsafeUrlException e) {
            return ReplyResult.refused(e.getMessage());
        } catch (IOException e) {
            return ReplyResult.retryable("callback unreachable: " + e.getMessage());
        }
    }

    private String replyId(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.hasNonNull("id") ? node.get("id").asText() : null;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    private static String snippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "" : ": " + text.substring(0, Math.min(200, text.length()));
    }
}
