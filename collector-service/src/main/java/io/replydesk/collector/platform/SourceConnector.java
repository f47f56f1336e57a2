package io.replydesk.collector.platform;

import io.replydesk.collector.SourceType;
import java.util.List;

/**
 * One kind of source behind one contract: what it is, what the platform allows, which settings it takes.
 * Connectors that fetch on a schedule also implement {@link PollingConnector}; those that can answer also
 * provide a {@link ReplyChannel}.
 */
public interface SourceConnector {

    SourceType type();

    Capabilities capabilities();

    /** What one source of this type allows; the same as the type's unless its settings change it. */
    default Capabilities capabilities(io.replydesk.collector.Source source) {
        return capabilities();
    }

    /** The names of the settings a source of this type takes in POST /api/v1/sources, besides type and name. */
    List<String> settings();
}
