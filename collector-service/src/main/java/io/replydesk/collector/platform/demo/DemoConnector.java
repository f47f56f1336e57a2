package io.replydesk.collector.platform.demo;

import io.replydesk.collector.SourceType;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.SourceConnector;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The built-in demo source: bundled reviews, replies recorded instead of posted. */
@ApplicationScoped
public class DemoConnector implements SourceConnector {

    private static final Capabilities CAPABILITIES = new Capabilities(null,
            "the reviews bundled with ReplyDesk, replayed one at a time", 1, true, null, false);

    @Override
    public SourceType type() {
        return SourceType.DEMO;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<String> settings() {
        return List.of();
    }
}
