package io.replydesk.collector.platform.googlebusiness;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.collector.platform.ReviewsRead;
import io.replydesk.events.Author;
import io.replydesk.events.PostKind;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns Google Business Profile reviews into posts: the comment as plain text, the star rating out of 5, the
 * reviewer's name (or "Anonymous"). A review that cannot be trusted (no id, no or an impossible date, no text) is
 * refused with a reason instead of stopping the page.
 */
public final class BusinessReviewReader {

    private static final Pattern REVIEW_ID = Pattern.compile("[A-Za-z0-9._~-]{1,300}");
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");
    private static final Map<String, Integer> STARS = Map.of("ONE", 1, "TWO", 2, "THREE", 3, "FOUR", 4, "FIVE", 5);
    private static final int MAX_NAME = 500;

    private final int maxText;
    private final Duration clockSkew;

    public BusinessReviewReader(int maxText, Duration clockSkew) {
        this.maxText = maxText;
        this.clockSkew = clockSkew;
    }

    public static boolean isReviewId(String value) {
        return value != null && REVIEW_ID.matcher(value).matches();
    }

    /** The page's reviews; its newest and oldest times are the update times, which the list is ordered by. */
    public ReviewsRead read(List<JsonNode> reviews, Instant now) {
        ReviewsRead.Page page = new ReviewsRead.Page();
        for (JsonNode review : reviews) {
            String id = review == null ? null : review.path("reviewId").asText(null);
            if (!isReviewId(id)) {
                page.reject("a review without a valid reviewId");
                continue;
            }
            try {
                Instant created = time(review, "createTime", now);
                Instant updated = review.hasNonNull("updateTime") ? time(review, "updateTime", now) : created;
                page.add(post(id, review, created), updated);
            } catch (IllegalArgumentException e) {
                page.reject("review " + cut(id, 60) + ": " + e.getMessage());
            }
        }
        return page.read();
    }

    private IncomingPost post(String id, JsonNode review, Instant created) {
        String raw = review.path("comment").asText("");
        // The comment is plain text; markup in it is somebody's paste, shown as the text it contains.
        String text = MARKUP.matcher(raw).find() ? PlainText.fromHtml(raw, maxText)
                : raw.replaceAll("[\\p{Cc}&&[^\\n]]", "").strip();
        text = text.length() > maxText ? text.substring(0, maxText) : text;
        if (text.isBlank()) {
            throw new IllegalArgumentException("no text (a rating without a comment)");
        }
        Integer rating = STARS.get(review.path("starRating").asText(""));
        return new IncomingPost(id, PostKind.REVIEW, null, author(review.path("reviewer")), text, rating,
                rating == null ? null : 5, null, created, null, null);
    }

    private static Author author(JsonNode reviewer) {
        if (reviewer.path("isAnonymous").asBoolean(false)) {
            return new Author("Anonymous", "Anonymous", null);
        }
        String name = PlainText.normalized(reviewer.path("displayName").asText("")).strip();
        return name.isEmpty() ? null : new Author(cut(name, MAX_NAME), cut(name, MAX_NAME), null);
    }

    private Instant time(JsonNode review, String field, Instant now) {
        String value = review.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " '" + cut(value, 40) + "' is not a date");
        }
        if (time.isAfter(now.plus(clockSkew))) {
            throw new IllegalArgumentException(field + " " + cut(value, 40) + " is in the future");
        }
        return time;
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
