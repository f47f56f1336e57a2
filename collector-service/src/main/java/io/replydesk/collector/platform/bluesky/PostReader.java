package io.replydesk.collector.platform.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns Bluesky post views into posts: the record's text (already plain text) to the text, like/repost/quote/reply
 * counts to engagement, the author's handle and display name to the author. A post that cannot be trusted (no
 * address, not a post record, no or an impossible date, no text) is refused with a reason instead of stopping the
 * page.
 */
public final class PostReader {

    private static final int MAX_HANDLE = 500;

    private final int maxText;
    private final Duration clockSkew;

    public PostReader(int maxText, Duration clockSkew) {
        this.maxText = maxText;
        this.clockSkew = clockSkew;
    }

    /** What a page gave: usable posts, refusals with reasons, and the newest search time of any dated post. */
    public record Read(List<IncomingPost> posts, List<String> rejected, Instant newest) {
    }

    public Read read(List<BlueskyPost> views, Instant now) {
        List<IncomingPost> posts = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Instant newest = null;
        for (BlueskyPost view : views) {
            Optional<AtUri> uri = view == null ? Optional.empty() : AtUri.parse(view.uri());
            if (uri.isEmpty() || !uri.get().isPost()) {
                rejected.add("a post without a valid at:// address");
                continue;
            }
            try {
                Instant createdAt = createdAt(view, now);
                Instant sortAt = sortAt(createdAt, view.indexedAt());
                newest = newest == null || sortAt.isAfter(newest) ? sortAt : newest;
                posts.add(post(uri.get(), view, createdAt, now));
            } catch (IllegalArgumentException e) {
                rejected.add("post " + uri.get() + ": " + e.getMessage());
            }
        }
        return new Read(posts, rejected, newest);
    }

    private IncomingPost post(AtUri uri, BlueskyPost view, Instant createdAt, Instant now) {
        JsonNode record = view.record();
        String text = text(record.path("text").asText(""));
        if (text.isBlank()) {
            throw new IllegalArgumentException("no text (media only or empty)");
        }
        JsonNode parent = record.path("reply").path("parent");
        String inReplyTo = AtUri.parse(parent.path("uri").asText(null)).map(AtUri::toString).orElse(null);
        Engagement engagement = engagement(view, now);
        return new IncomingPost(uri.toString(), inReplyTo == null ? PostKind.POST : PostKind.COMMENT, uri.webUrl(),
                author(view.author()), text, null, null, language(record.path("langs")), createdAt, engagement,
                inReplyTo);
    }

    private Instant createdAt(BlueskyPost view, Instant now) {
        JsonNode record = view.record();
        if (record == null || !record.isObject() || !AtUri.POST.equals(record.path("$type").asText(null))) {
            throw new IllegalArgumentException("not an app.bsky.feed.post record");
        }
        String value = record.path("createdAt").asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("createdAt is missing");
        }
        Instant createdAt = instant(value);
        if (createdAt == null) {
            throw new IllegalArgumentException("createdAt '" + cut(value, 40) + "' is not a date");
        }
        if (createdAt.isAfter(now.plus(clockSkew))) {
            throw new IllegalArgumentException("createdAt " + cut(value, 40) + " is in the future");
        }
        return createdAt;
    }

    /** Bluesky's search orders and filters by the earlier of the post's own date and when it was indexed. */
    private static Instant sortAt(Instant createdAt, String indexedAt) {
        Instant indexed = indexedAt == null ? null : instant(indexedAt);
        return indexed != null && indexed.isBefore(createdAt) ? indexed : createdAt;
    }

    private String text(String raw) {
        // Post text is plain text: no markup to remove, only control characters other than line breaks and tabs.
        String text = raw.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replace("\r", "").strip();
        return text.length() > maxText ? text.substring(0, maxText) : text;
    }

    /** A post view's counters: likes, reposts + quotes as shares, replies. */
    public static Engagement engagement(BlueskyPost view, Instant now) {
        return new Engagement(now, count(view.likeCount()), shares(view), count(view.replyCount()), null);
    }

    private static Long shares(BlueskyPost view) {
        Long reposts = count(view.repostCount());
        Long quotes = count(view.quoteCount());
        return reposts == null && quotes == null ? null
                : (reposts == null ? 0 : reposts) + (quotes == null ? 0 : quotes);
    }

    private static Long count(Long value) {
        return value == null || value < 0 ? null : value;
    }

    private static Author author(BlueskyPost.Author author) {
        if (author == null || author.handle() == null || author.handle().isBlank()) {
            return null;
        }
        String handle = cut(author.handle(), MAX_HANDLE);
        String name = author.displayName() == null || author.displayName().isBlank() ? handle
                : cut(PlainText.normalized(author.displayName()), MAX_HANDLE);
        return new Author(handle, name, count(author.followersCount()));
    }

    private static String language(JsonNode langs) {
        String first = langs.isArray() && !langs.isEmpty() ? langs.get(0).asText(null) : null;
        return first != null && first.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})?") ? first : null;
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
