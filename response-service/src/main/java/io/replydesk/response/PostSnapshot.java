package io.replydesk.response;

import io.replydesk.events.Author;
import io.replydesk.events.PostObserved;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The post a draft answers, as it was last assessed: what the approver needs to see beside the reply. */
@Embeddable
public record PostSnapshot(
        @Column(name = "post_author_handle") String authorHandle,
        @Column(name = "post_author_name") String authorName,
        @Column(name = "post_author_followers") Long authorFollowers,
        @Column(name = "post_text") String text,
        @Column(name = "post_url") String url,
        @Column(name = "post_rating") Integer rating,
        @Column(name = "post_rating_scale") Integer ratingScale,
        @Column(name = "post_language") String language,
        @Column(name = "post_created_at") Instant createdAt) {

    public static PostSnapshot of(PostObserved post) {
        Author author = post.author();
        return new PostSnapshot(
                author == null ? null : author.handle(),
                author == null ? null : author.displayName(),
                author == null ? null : author.followers(),
                post.text(), post.url(), post.rating(), post.ratingScale(), post.language(), post.createdAt());
    }

    public Author author() {
        return new Author(authorHandle, authorName, authorFollowers);
    }
}
