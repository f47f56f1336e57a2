package io.replydesk.response.alert;

import io.replydesk.events.Flag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An urgent assessment people should see now. It carries the judgement and links, never the post's text or
 * author: alerts leave the service (chat, e-mail), personal data stays in the inbox.
 */
public record Alert(UUID id, Instant at, String postId, String sourceId, String sourceType, List<Flag> flags,
        int priority, String category, UUID incidentId, UUID draftId, String summary, String link) {

    /** What de-duplication counts as "the same thing": the incident, else the post. */
    public String dedupeKey() {
        return incidentId != null ? "incident:" + incidentId : "post:" + postId;
    }
}
