package io.replydesk.collector.platform.webhook;

import io.replydesk.collector.SourceType;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.SourceConnector;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Webhook sources: the sender pushes posts to /api/v1/ingest/{id}; replies go to its callback URL, if set. */
@ApplicationScoped
public class WebhookConnector implements SourceConnector {

    /** Posts accepted in one push. */
    public static final int MAX_BATCH = 1000;

    private static final Capabilities CAPABILITIES = new Capabilities(null,
            "whatever the sender pushes; nothing is fetched", MAX_BATCH, true, null, false);

    @Override
    public SourceType type() {
        return SourceType.WEBHOOK;
    }

    /** canReply is true for the type; a source needs a replyCallbackUrl before it can actually answer. */
    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<String> settings() {
        return List.of("replyCallbackUrl");
    }
}
