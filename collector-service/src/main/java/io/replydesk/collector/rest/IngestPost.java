package io.replydesk.collector.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.IncomingPost;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import java.time.Instant;

/**
 * One pushed post. {@code author} is a handle string or an object {handle, displayName, followers};
 * engagement counters are optional and update a known post.
 */
public record IngestPost(
        String externalId,
        JsonNode author,
        String text,
        Integer rating,
        Integer ratingScale,
        Instant createdAt,
        String url,
        String language,
        PostKind kind,
        Long likes,
        Long shares,
        Long replies,
        Long views) {

    /** A text longer than the collector takes: the push is too large (413), not malformed. */
    public static final class TextTooLongException extends IllegalArgumentException {
        TextTooLongException(String message) {
            super(message);
        }
    }

    private static final int MAX_ID = 500;
    private static final int MAX_URL = 2000;
    private static final int MAX_AUTHOR = 500;
    private static final int MAX_LANGUAGE = 16;

    /** @throws IllegalArgumentException naming the first field that is wrong, prefixed with {@code where} */
    public IncomingPost toIncoming(String where, int maxText, Instant now) {
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException(where + "externalId is required");
        }
        if (externalId.length() > MAX_ID) {
            throw new IllegalArgumentException(where + "externalId is longer than " + MAX_ID + " characters");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(where + "text is required and must not be blank");
        }
        if (text.length() > maxText) {
            throw new TextTooLongException(where + "text is " + text.length() + " characters; the limit is "
                    + maxText);
        }
        if (url != null && url.length() > MAX_URL) {
            throw new IllegalArgumentException(where + "url is longer than " + MAX_URL + " characters");
        }
        if (language != null && language.length() > MAX_LANGUAGE) {
            throw new IllegalArgumentException(where + "language is longer than " + MAX_LANGUAGE + " characters");
        }
        requireStorable(where, "externalId", externalId);
        requireStorable(where, "text", text);
        requireStorable(where, "url", url);
        requireStorable(where, "language", language);
        Integer scale = ratingScale;
        if (rating != null) {
            scale = scale == null ? 5 : scale;
            if (scale < 1 || scale > 100 || rating < 0 || rating > scale) {
                throw new IllegalArgumentException(where + "rating must be between 0 and ratingScale (" + scale + ")");
            }
        }
        Engagement engagement = likes == null && shares == null && replies == null && views == null ? null
                : new Engagement(now, likes, shares, replies, views);
        return new IncomingPost(externalId.strip(), kind == null ? PostKind.REVIEW : kind, url, author(where), text,
                rating, rating == null ? null : scale, language, createdAt, engagement, null);
    }

    private Author author(String where) {
        if (author == null || author.isNull()) {
            return null;
        }
        if (author.isTextual()) {
            String name = authorField(where, "author", author.asText());
            return new Author(name, name, null);
        }
        if (author.isObject()) {
            JsonNode followers = author.get("followers");
            return new Author(authorField(where, "author.handle", text(author.get("handle"))),
                    authorField(where, "author.displayName", text(author.get("displayName"))),
                    followers != null && followers.canConvertToLong() ? followers.asLong() : null);
        }
        throw new IllegalArgumentException(where + "author must be a string or an object");
    }

    private static String authorField(String where, String field, String value) {
        if (value != null && value.length() > MAX_AUTHOR) {
            throw new IllegalArgumentException(where + field + " is longer than " + MAX_AUTHOR + " characters");
        }
        requireStorable(where, field, value);
        return value;
    }

    /** PostgreSQL text cannot hold U+0000; refused here rather than failing in the database. */
    private static void requireStorable(String where, String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException(where + field + " contains the NUL character (U+0000)");
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
