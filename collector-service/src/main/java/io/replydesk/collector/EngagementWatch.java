package io.replydesk.collector;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A recent post whose counters the collector reads again, and when it does so next. */
@Entity
@Table(name = "engagement_watch")
public class EngagementWatch extends PanacheEntityBase {

    @Id
    @Column(name = "post_id")
    public String postId;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "post_created_at")
    public Instant postCreatedAt;
    @Column(name = "next_refresh_at")
    public Instant nextRefreshAt;
    public int refreshes;
    @Column(name = "last_refreshed_at")
    public Instant lastRefreshedAt;
    @Column(name = "failures")
    public int failures;

    public static EngagementWatch of(ObservedPost post, Instant nextRefreshAt) {
        EngagementWatch watch = new EngagementWatch();
        watch.postId = post.postId;
        watch.sourceId = post.sourceId;
        watch.externalId = post.externalId;
        watch.postCreatedAt = post.createdAt;
        watch.nextRefreshAt = nextRefreshAt;
        return watch;
    }

    /** Sources with at least one refresh due. */
    public static List<String> dueSources(Instant now) {
        return getEntityManager().createQuery("select distinct w.sourceId from EngagementWatch w"
                + " where w.nextRefreshAt <= ?1", String.class).setParameter(1, now).getResultList();
    }

    /** The refreshes of a source that are due, longest waiting first. */
    public static List<EngagementWatch> due(String sourceId, Instant now, int limit) {
        return find("sourceId = ?1 and nextRefreshAt <= ?2 order by nextRefreshAt, postId", sourceId, now)
                .page(0, Math.max(1, limit)).list();
    }

    public static List<EngagementWatch> of(Collection<String> postIds) {
        return list("postId in ?1", postIds);
    }

    /** Read now: the next refresh follows the schedule, or the post is no longer followed (null). */
    public void refreshed(Instant now, Instant next) {
        lastRefreshedAt = now;
        refreshes++;
        failures = 0;
        if (next == null) {
            delete();
        } else {
            nextRefreshAt = next;
        }
    }

    /** The refresh failed: try again no sooner than {@code retryAt}; give up after a few failures in a row. */
    public void failed(Instant retryAt, int maxFailures) {
        failures++;
        if (failures >= maxFailures) {
            delete();
        } else {
            nextRefreshAt = retryAt;
        }
    }
}
