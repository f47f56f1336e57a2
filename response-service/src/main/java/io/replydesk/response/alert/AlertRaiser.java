package io.replydesk.response.alert;

import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.response.Draft;
import io.replydesk.response.Incident;
import io.replydesk.response.config.ResponseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Raises an alert for a NEGATIVE assessment of high priority or any VIRAL one, inside the consumer's
 * transaction; {@link AlertDispatcher} sends it only after commit, so a rolled-back assessment alerts nobody.
 */
@ApplicationScoped
public class AlertRaiser {

    @Inject
    ResponseConfig config;

    @Inject
    Event<Alert> alerts;

    public boolean urgent(PostAssessed assessed) {
        return assessed.flagged(Flag.VIRAL)
                || assessed.flagged(Flag.NEGATIVE) && assessed.priority() >= config.alerts().minPriority();
    }

    public void consider(PostAssessed assessed, Optional<Incident> incident, Optional<Draft> draft) {
        if (!urgent(assessed)) {
            return;
        }
        String flags = assessed.flags().stream().map(Enum::name).collect(Collectors.joining("+"));
        String category = assessed.category() == null ? "OTHER" : assessed.category();
        String summary = flags + " post on " + assessed.post().sourceType() + " (" + assessed.post().sourceId() + "), "
                + category + ", priority " + assessed.priority()
                + incident.map(i -> "; incident \"" + i.getTitle() + "\"").orElse("");
        String base = config.alerts().inboxUrl().endsWith("/") ? config.alerts().inboxUrl()
                : config.alerts().inboxUrl() + "/";
        String link = draft.map(d -> base + "#draft-" + d.getId()).orElse(base);
        alerts.fire(new Alert(UUID.randomUUID(), Instant.now(), assessed.post().postId(), assessed.post().sourceId(),
                assessed.post().sourceType(), assessed.flags(), assessed.priority(), category,
                incident.map(Incident::getId).orElse(null), draft.map(Draft::getId).orElse(null), summary, link));
    }
}
