package io.replydesk.response.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.replydesk.events.Flag;
import io.replydesk.response.AuditEntry;
import io.replydesk.response.DraftStatus;
import io.replydesk.response.Incident;
import io.replydesk.response.IncidentPost;
import io.replydesk.response.IncidentStatus;
import io.replydesk.response.service.IncidentView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** An incident as the API shows it; the list leaves out the timeline. {@code version} is what a change sends back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentResponse(
        UUID id,
        String category,
        String title,
        IncidentStatus status,
        String owner,
        Instant openedAt,
        Instant lastPostAt,
        Instant resolvedAt,
        long version,
        int postCount,
        long sourceCount,
        long totalReach,
        Sentiment sentiment,
        List<LinkedDraft> drafts,
        List<TimelineEntry> timeline) {

    /** Mean sentiment of the posts and where it is heading, with the scores in joining order. */
    public record Sentiment(Double average, String trend, List<Double> scores) {
    }

    /** A draft answering one of the incident's posts. */
    public record LinkedDraft(UUID id, String postId, DraftStatus status) {
    }

    /** A post that joined, or a change someone made. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineEntry(Instant at, String kind, String postId, String sourceId, String sourceType,
            List<Flag> flags, Integer priority, Double sentiment, Long reach, Instant postCreatedAt, String who,
            String change) {

        static TimelineEntry of(IncidentPost post) {
            return new TimelineEntry(post.getJoinedAt(), "POST", post.getKey().postId(), post.getSourceId(),
                    post.getSourceType(), post.getFlags(), post.getPriority(), post.getSentimentScore(),
                    post.getReach(), post.getPostCreatedAt(), null, null);
        }

        static TimelineEntry of(AuditEntry entry) {
            return new TimelineEntry(entry.getAt(), entry.getAction().name(), null, null, null, null, null, null,
                    null, null, entry.getActor(), entry.getTextAfter());
        }
    }

    static IncidentResponse summary(IncidentView view) {
        return from(view, null);
    }

    static IncidentResponse detail(IncidentView view) {
        List<TimelineEntry> timeline = new ArrayList<>();
        view.posts().forEach(p -> timeline.add(TimelineEntry.of(p)));
        view.changes().forEach(c -> timeline.add(TimelineEntry.of(c)));
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return from(view, timeline);
    }

    private static IncidentResponse from(IncidentView view, List<TimelineEntry> timeline) {
        Incident incident = view.incident();
        return new IncidentResponse(incident.getId(), incident.getCategory(), incident.getTitle(),
                incident.getStatus(), incident.getOwner(), incident.getOpenedAt(), incident.getLastPostAt(),
                incident.getResolvedAt(), incident.getVersion(), view.posts().size(), view.sourceCount(),
                view.totalReach(), new Sentiment(view.averageSentiment(), view.sentimentTrend(),
                        view.posts().stream().map(IncidentPost::getSentimentScore).filter(s -> s != null).toList()),
                view.drafts().stream().map(d -> new LinkedDraft(d.getId(), d.getPostId(), d.getStatus())).toList(),
                timeline);
    }
}
