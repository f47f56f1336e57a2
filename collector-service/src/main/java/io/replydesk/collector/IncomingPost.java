package io.replydesk.collector;

import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import java.time.Instant;

/** A post as a source delivers it, before de-duplication. */
public record IncomingPost(
        String externalId,
        PostKind kind,
        String url,
        Author author,
        String text,
        Integer rating,
        Integer ratingScale,
        String language,
        Instant createdAt,
        Engagement engagement,
        String inReplyTo) {
}
