package io.replydesk.response.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.response.AuditAction;
import io.replydesk.response.ConflictException;
import io.replydesk.response.Draft;
import io.replydesk.response.Incident;
import io.replydesk.response.IncidentPost;
import io.replydesk.response.IncidentStatus;
import io.replydesk.response.NotFoundException;
import io.replydesk.response.config.ResponseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Groups flagged posts into incidents: a post joins the active incident of its category that had a post within
 * the window; a viral post opens one when there is none; other flagged posts open one once enough of their
 * category arrive within the window, taking the earlier ones along. People own incidents and move them through
 * OPEN, MONITORING and RESOLVED; every change is audited.
 */
@ApplicationScoped
public class IncidentDesk {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ResponseConfig config;

    @Inject
    AuditTrail audit;

    /** @return the incident the post belongs to after this assessment, if any */
    @Transactional
    public Optional<Incident> track(PostAssessed assessed) {
        String postId = assessed.post().postId();
        Optional<IncidentPost> member = IncidentPost.<IncidentPost>find("key.postId", postId).firstResultOptional();
        if (member.isPresent()) {
            member.get().take(assessed);
            Incident incident = Incident.findById(member.get().getKey().incidentId());
            incident.postJoined(assessed.flagged(Flag.VIRAL));
            return Optional.of(incident);
        }
        if (assessed.flags().stream().noneMatch(f -> f == Flag.NEGATIVE || f == Flag.VIRAL || f == Flag.UNREASONABLE)) {
            return Optional.empty();
        }
        String category = assessed.category() == null || assessed.category().isBlank() ? "OTHER" : assessed.category();
        Instant since = Instant.now().minus(config.incidents().window());
        Optional<Incident> active = Incident.<Incident>find("category = :category and status != :resolved"
                + " and lastPostAt >= :since", Sort.descending("lastPostAt"), Parameters.with("category", category)
                        .and("resolved", IncidentStatus.RESOLVED).and("since", since)).firstResultOptional();
        Incident incident;
        if (active.isPresent()) {
            incident = active.get();
            incident.postJoined(assessed.flagged(Flag.VIRAL));
        } else {
            List<Draft> earlier = Draft.<Draft>find("assessment.category = :category and createdAt >= :since"
                    + " and incidentId is null and postId != :postId", Sort.ascending("createdAt"),
                    Parameters.with("category", category).and("since", since).and("postId", postId)).list();
            boolean viral = assessed.flagged(Flag.VIRAL);
            if (!viral && earlier.size() + 1 < config.incidents().minPosts()) {
                return Optional.empty();
            }
            incident = Incident.open(category, category + (viral ? ": viral post on " + assessed.post().sourceType()
                    : ": " + (earlier.size() + 1) + " flagged posts"));
            incident.persist();
            for (Draft draft : earlier) {
                IncidentPost.fromDraft(incident.getId(), draft).persist();
                draft.joinIncident(incident.getId());
            }
            audit.record(AuditTrail.SYSTEM, AuditAction.INCIDENT_OPENED, subject(incident), null, state(incident),
                    viral ? "viral post " + postId : (earlier.size() + 1) + " flagged posts within "
                            + config.incidents().window());
        }
        IncidentPost.join(incident.getId(), assessed).persist();
        Draft.<Draft>find("postId", postId).firstResultOptional().ifPresent(d -> d.joinIncident(incident.getId()));
        return Optional.of(incident);
    }

    /** Active incidents first, then by latest post; only those of {@code status} when it is not null. */
    @Transactional
    public List<IncidentView> list(IncidentStatus status, int limit) {
        String order = " order by case when status = :resolved then 1 else 0 end, lastPostAt desc, id";
        var query = status == null
                ? Incident.<Incident>find("from Incident" + order, Parameters.with("resolved", IncidentStatus.RESOLVED))
                : Incident.<Incident>find("from Incident where status = :status" + order,
                        Parameters.with("resolved", IncidentStatus.RESOLVED).and("status", status));
        return query.page(0, limit).list().stream().map(this::view).toList();
    }

    @Transactional
    public IncidentView get(UUID id) {
        return view(find(id));
    }

    /**
     * Changes status, owner or title (null: unchanged).
     *
     * @param expectedVersion the version the caller read
     */
    @Transactional
    public IncidentView change(UUID id, long expectedVersion, IncidentStatus status, String owner, String title,
            String actor) {
        Incident incident = find(id);
        if (incident.getVersion() != expectedVersion) {
            throw new ConflictException("incident " + id + " is at version " + incident.getVersion() + ", not "
                    + expectedVersion + "; reload it and try again");
        }
        String before = state(incident);
        if (status != null) {
            incident.moveTo(status);
        }
        if (owner != null) {
            incident.assign(owner);
        }
        if (title != null) {
            incident.rename(title);
        }
        Incident.flush();
        audit.record(actor, AuditAction.INCIDENT_CHANGED, subject(incident), before, state(incident), null);
        return view(incident);
    }

    private Incident find(UUID id) {
        return Incident.<Incident>findByIdOptional(id).orElseThrow(() -> new NotFoundException("no incident with id "
                + id));
    }

    private IncidentView view(Incident incident) {
        List<IncidentPost> posts = IncidentPost.<IncidentPost>find("key.incidentId", Sort.ascending("joinedAt"),
                incident.getId()).list();
        List<Draft> drafts = Draft.<Draft>find("incidentId", Sort.ascending("createdAt"), incident.getId()).list();
        return new IncidentView(incident, posts, drafts,
                audit.about(subject(incident)));
    }

    static String subject(Incident incident) {
        return "incident:" + incident.getId();
    }

    private static String state(Incident incident) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", incident.getStatus());
        state.put("owner", incident.getOwner());
        state.put("title", incident.getTitle());
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
