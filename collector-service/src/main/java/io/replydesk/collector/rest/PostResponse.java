package io.replydesk.collector.rest;

import io.replydesk.collector.ObservedPost;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import java.time.Instant;

/** An observed post as the API shows it. */
public record PostResponse(
        String postId,
        String sourceId,
        String externalId,
        int version,
        PostKind kind,
        String url,
        String text,
        Author author,
        Integer rating,
        Integer ratingScale,
        String language,
        Instant createdAt,
        Instant observedAt,
        Engagement engagement) {

    public static PostResponse from(ObservedPost post) {
        return new PostResponse(post.postId, post.sourceId, post.externalId, post.version, post.kind, post.url,
                post.text, new Author(post.authorHandle, post.authorName, post.authorFollowers), post.rating,
                post.ratingScale, post.language, post.createdAt, post.observedAt, post.engagement());
    }
}
