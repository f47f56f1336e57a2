package io.replydesk.collector.platform.yelp;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Yelp Fusion review excerpts into posts: text, 1–5 stars, the reviewer's name, the review's Yelp link. The id
 * is the review's {@code id}, or the {@code hrid} of its link in the older answer shape that had no id. A review
 * without an id or text is refused with a reason; one without a date gets the time it was first seen.
 */
public final class YelpReviewReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern HRID = Pattern.compile("[?&]hrid=([A-Za-z0-9_-]{1,100})");
    /** Yelp states review times in the business's own clock, which it does not say; Pacific is Yelp's default. */
    private static final ZoneId YELP_TIME = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter TIME_CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MAX_URL = 2000;

    private final int maxText;
    private final Duration clockSkew;

    public YelpReviewReader(int maxText, Duration clockSkew) {
        this.maxText = maxText;
        this.clockSkew = clockSkew;
    }

    /** What an answer gave: usable reviews and refusals with reasons. */
    public record Read(List<IncomingPost> posts, List<String> rejected) {
    }

    public Read read(List<JsonNode> reviews, Instant now) {
        List<IncomingPost> posts = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (JsonNode review : reviews) {
            String url = review == null ? null : url(review.path("url").asText(null));
            String id = review == null ? null : id(review.path("id").asText(null), url);
            if (id == null) {
                rejected.add("a review without an id");
                continue;
            }
            try {
                posts.add(post(id, url, review, now));
            } catch (IllegalArgumentException e) {
                rejected.add("review " + id + ": " + e.getMessage());
            }
        }
        return new Read(posts, rejected);
    }

    private IncomingPost post(String id, String url, JsonNode review, Instant now) {
        String text = PlainText.normalized(review.path("text").asText(""));
        text = text.length() > maxText ? text.substring(0, maxText) : text;
        if (text.isBlank()) {
            throw new IllegalArgumentException("no text");
        }
        JsonNode stars = review.get("rating");
        Integer rating = stars != null && stars.isNumber() && stars.asInt() >= 1 && stars.asInt() <= 5
                ? stars.asInt() : null;
        String name = review.path("user").path("name").asText("").strip();
        Author author = name.isEmpty() ? null : new Author(name, name, null);
        return new IncomingPost(id, PostKind.REVIEW, url, author, text, rating, rating == null ? null : 5, null,
                createdAt(review.path("time_created").asText(null), now), new Engagement(now, null, null, null, null),
                null);
    }

    private Instant createdAt(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant created = LocalDateTime.parse(value.trim(), TIME_CREATED).atZone(YELP_TIME).toInstant();
            if (created.isAfter(now.plus(clockSkew))) {
                throw new IllegalArgumentException("time_created " + value + " is in the future");
            }
            return created;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time_created '" + value.substring(0, Math.min(40, value.length()))
                    + "' is not a date");
        }
    }

    private static String id(String id, String url) {
        if (id != null && ID.matcher(id).matches()) {
            return id;
        }
        if (url != null) {
            Matcher hrid = HRID.matcher(url);
            if (hrid.find()) {
                return hrid.group(1);
            }
        }
        return null;
    }

    private static String url(String value) {
        if (value == null || value.length() > MAX_URL) {
            return null;
        }
        try {
            URI uri = URI.create(value);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getHost().endsWith("yelp.com")
                    ? value : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
