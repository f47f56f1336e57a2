package io.replydesk.collector;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import io.replydesk.events.PostObserved;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The latest version of a post the collector has seen; a new version is observed only when engagement moves. */
@Entity
@Table(name = "observed_post")
public class ObservedPost extends PanacheEntityBase {

    @Id
    @Column(name = "post_id")
    public String postId;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "external_id")
    public String externalId;
    public int version;
    @Enumerated(EnumType.STRING)
    public PostKind kind;
    public String url;
    @Column(name = "author_handle")
    public String authorHandle;
    @Column(name = "author_name")
    public String authorName;
    @Column(name = "author_followers")
    public Long authorFollowers;
    public String text;
    public Integer rating;
    @Column(name = "rating_scale")
    public Integer ratingScale;
    public String language;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "observed_at")
    public Instant observedAt;
    public Long likes;
    public Long shares;
    public Long replies;
    public Long views;

    public static ObservedPost first(Source source, IncomingPost in, Instant now) {
        ObservedPost post = new ObservedPost();
        post.postId = PostObserved.postId(source.id, in.externalId());
        post.sourceId = source.id;
        post.externalId = in.externalId();
        post.version = 1;
        post.kind = in.kind() == null ? PostKind.POST : in.kind();
        post.url = in.url();
        Author author = in.author();
        if (author != null) {
            post.authorHandle = author.handle();
            post.authorName = author.displayName();
            post.authorFollowers = author.followers();
        }
        post.text = in.text();
        post.rating = in.rating();
        post.ratingScale = in.ratingScale();
        post.language = in.language();
        post.createdAt = in.createdAt() == null ? now : in.createdAt();
        post.observedAt = now;
        post.setEngagement(in.engagement());
        return post;
    }

    public static Optional<ObservedPost> lookup(String sourceId, String externalId) {
        return findByIdOptional(PostObserved.postId(sourceId, externalId));
    }

    public static List<ObservedPost> newestOf(String sourceId, int limit) {
        return find("sourceId = ?1 order by createdAt desc, postId", sourceId).page(0, limit).list();
    }

    /**
     * A later copy of a post only moves its engagement: the text stays as first observed.
     *
     * @return true when the counters changed, which makes a new version
     */
    public boolean updateEngagement(Engagement engagement, Instant now) {
        if (engagement == null || sameCounters(engagement)) {
            return false;
        }
        setEngagement(engagement);
        version++;
        observedAt = now;
        return true;
    }

    public PostObserved toEvent(Source source, boolean replyable) {
        return new PostObserved(UUID.randomUUID(), PostObserved.TYPE, PostObserved.SCHEMA_VERSION, Instant.now(),
                postId, version, sourceId, source.type.json(), kind, externalId, url,
                new Author(authorHandle, authorName, authorFollowers), text, rating, ratingScale, language,
                createdAt, observedAt, engagement(), null, replyable);
    }

    public Engagement engagement() {
        return new Engagement(observedAt, likes, shares, replies, views);
    }

    private boolean sameCounters(Engagement e) {
        return Objects.equals(likes, e.likes()) && Objects.equals(shares, e.shares())
                && Objects.equals(replies, e.replies()) && Objects.equals(views, e.views());
    }

    private void setEngagement(Engagement e) {
        if (e != null) {
            likes = e.likes();
            shares = e.shares();
            replies = e.replies();
            views = e.views();
        }
    }
}
