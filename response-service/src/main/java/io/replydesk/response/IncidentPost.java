package io.replydesk.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.replydesk.events.Engagement;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.PostObserved;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One post of an incident, as last assessed: a point of its timeline, its reach and sentiment. */
@Entity
@Table(name = "incident_post")
public class IncidentPost extends PanacheEntityBase {

    /** The key: which incident, which post. */
    @Embeddable
    public record Key(@Column(name = "incident_id") UUID incidentId, @Column(name = "post_id") String postId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private int postVersion;
    private String sourceId;
    private String sourceType;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Flag> flags;
    private int priority;
    private Double sentimentScore;
    private long reach;
    private Instant postCreatedAt;
    private Instant joinedAt;
    private Instant assessedAt;

    protected IncidentPost() {
    }

    public static IncidentPost join(UUID incidentId, PostAssessed assessed) {
        IncidentPost post = new IncidentPost();
        post.key = new Key(incidentId, assessed.post().postId());
        post.joinedAt = now();
        post.take(assessed);
        return post;
    }

    /** A post that was drafted before its incident existed, from what its draft remembers. */
    public static IncidentPost fromDraft(UUID incidentId, Draft draft) {
        IncidentPost post = new IncidentPost();
        post.key = new Key(incidentId, draft.getPostId());
        post.postVersion = draft.getAssessment().postVersion();
        post.sourceId = draft.getSourceId();
        post.sourceType = draft.getSourceType();
        post.flags = new ArrayList<>(draft.getAssessment().flags());
        post.priority = draft.getAssessment().priority();
        post.sentimentScore = draft.getAssessment().sentimentScore();
        Long followers = draft.getPost() == null ? null : draft.getPost().authorFollowers();
        post.reach = followers == null ? 0 : followers;
        post.postCreatedAt = draft.getPost() == null ? null : draft.getPost().createdAt();
        post.joinedAt = now();
        post.assessedAt = draft.getUpdatedAt();
        return post;
    }

    /** Takes a newer assessment of the post; older or repeated versions change nothing. */
    public void take(PostAssessed assessed) {
        PostObserved observed = assessed.post();
        if (assessedAt != null && observed.version() < postVersion) {
            return;
        }
        postVersion = observed.version();
        sourceId = observed.sourceId();
        sourceType = observed.sourceType();
        flags = new ArrayList<>(assessed.flags());
        priority = assessed.priority();
        sentimentScore = assessed.sentiment() == null ? null : assessed.sentiment().score();
        reach = reachOf(observed);
        postCreatedAt = observed.createdAt() == null ? null : observed.createdAt().truncatedTo(ChronoUnit.MICROS);
        assessedAt = now();
    }

    /**
     * How many people the post may have reached: the author's followers plus its views, or, where views are
     * unknown, its likes, shares and replies.
     */
    static long reachOf(PostObserved post) {
        long followers = post.author() == null || post.author().followers() == null ? 0 : post.author().followers();
        Engagement e = post.engagement();
        if (e == null) {
            return followers;
        }
        long seen = e.views() != null ? e.views() : n(e.likes()) + n(e.shares()) + n(e.replies());
        return followers + seen;
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Key getKey() {
        return key;
    }

    public int getPostVersion() {
        return postVersion;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getSourceType() {
        return sourceType;
    }

    public List<Flag> getFlags() {
        return List.copyOf(flags);
    }

    public int getPriority() {
        return priority;
    }

    public Double getSentimentScore() {
        return sentimentScore;
    }

    public long getReach() {
        return reach;
    }

    public Instant getPostCreatedAt() {
        return postCreatedAt;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
