package io.replydesk.response.service;

import io.replydesk.response.AuditEntry;
import io.replydesk.response.Draft;
import io.replydesk.response.Incident;
import io.replydesk.response.IncidentPost;
import java.util.List;
import java.util.Objects;

/** An incident with its posts (the timeline), its linked drafts and the changes people made to it. */
public record IncidentView(Incident incident, List<IncidentPost> posts, List<Draft> drafts, List<AuditEntry> changes) {

    /** Sum of the posts' reach (followers plus views, or engagement where views are unknown). */
    public long totalReach() {
        return posts.stream().mapToLong(IncidentPost::getReach).sum();
    }

    public long sourceCount() {
        return posts.stream().map(IncidentPost::getSourceId).distinct().count();
    }

    /** Mean sentiment score of the posts that have one, or null. */
    public Double averageSentiment() {
        return posts.stream().map(IncidentPost::getSentimentScore).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
    }

    /**
     * WORSENING, STEADY or IMPROVING: the later half of the posts (in joining order) against the earlier half,
     * by mean sentiment, with a dead band of 0.1; NOT_ENOUGH_DATA below two scored posts.
     */
    public String sentimentTrend() {
        List<Double> scores = posts.stream().map(IncidentPost::getSentimentScore).filter(Objects::nonNull).toList();
        if (scores.size() < 2) {
            return "NOT_ENOUGH_DATA";
        }
        int half = scores.size() / 2;
        double early = scores.subList(0, half).stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double late = scores.subList(scores.size() - half, scores.size()).stream().mapToDouble(Double::doubleValue)
                .average().orElse(0);
        double change = late - early;
        return change < -0.1 ? "WORSENING" : change > 0.1 ? "IMPROVING" : "STEADY";
    }
}
