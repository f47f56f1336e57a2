package io.replydesk.collector.service;

import io.replydesk.collector.SourceType;
import io.replydesk.collector.platform.EngagementRefresher;
import io.replydesk.collector.platform.PollingConnector;
import io.replydesk.collector.platform.SourceConnector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The connector of each source type: its capabilities, its settings and, for polled types, how to fetch. */
@ApplicationScoped
public class Connectors {

    private final Map<SourceType, SourceConnector> byType = new EnumMap<>(SourceType.class);

    public Connectors(Instance<SourceConnector> connectors) {
        connectors.forEach(connector -> byType.put(connector.type(), connector));
    }

    public SourceConnector of(SourceType type) {
        SourceConnector connector = byType.get(type);
        if (connector == null) {
            throw new IllegalStateException("no connector for source type " + type.json());
        }
        return connector;
    }

    public Optional<PollingConnector> polling(SourceType type) {
        return byType.get(type) instanceof PollingConnector polling ? Optional.of(polling) : Optional.empty();
    }

    /** The connector of a type when it can read posts' counters again. */
    public Optional<EngagementRefresher> refresher(SourceType type) {
        return byType.get(type) instanceof EngagementRefresher refresher ? Optional.of(refresher) : Optional.empty();
    }

    public Collection<SourceConnector> all() {
        return Collections.unmodifiableCollection(byType.values());
    }
}
