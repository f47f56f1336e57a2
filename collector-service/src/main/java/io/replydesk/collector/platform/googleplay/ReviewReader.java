package io.replydesk.collector.platform.googleplay;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.platform.ReviewsRead;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns Google Play reviews into posts: the user's comment (title and body, which Play joins with a tab) as text,
 * the star rating out of 5, thumbs-up as likes, the reviewer's language. A review that cannot be trusted (no id, no
 * user comment, no or an impossible date, no text) is refused with a reason instead of stopping the page.
 */
public final class ReviewReader {

    private static final Pattern REVIEW_ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final int MAX_NAME = 500;

    private final int maxText;
    private final Duration clockSkew;

    public ReviewReader(int maxText, Duration clockSkew) {
        this.maxText = maxText;
        this.clockSkew = clockSkew;
    }

    public static boolean isReviewId(String value) {
        return value != null && REVIEW_ID.matcher(value).matches();
    }

    /** The page's reviews; its newest and oldest times are the user comments' modification times. */
    public ReviewsRead read(String packageName, List<JsonNode> reviews, Instant now) {
        ReviewsRead.Page page = new ReviewsRead.Page();
        for (JsonNode review : reviews) {
            String id = review == null ? null : review.path("reviewId").asText(null);
            if (!isReviewId(id)) {
                page.reject("a review without a valid reviewId");
                continue;
            }
            try {
                JsonNode comment = userComment(review);
                Instant modified = lastModified(comment.path("lastModified"), now);
                page.add(post(packageName, id, review, comment, modified, now), modified);
            } catch (IllegalArgumentException e) {
                page.reject("review " + id + ": " + e.getMessage());
            }
        }
        return page.read();
    }

    private IncomingPost post(String packageName, String id, JsonNode review, JsonNode comment, Instant modified,
            Instant now) {
        // Plain text already; Play joins the title and the body with a tab.
        String text = comment.path("text").asText("").replace("\t", "\n\n")
                .replaceAll("[\\p{Cc}&&[^\\n]]", "").strip();
        text = text.length() > maxText ? text.substring(0, maxText) : text;
        if (text.isBlank()) {
            throw new IllegalArgumentException("no text");
        }
        JsonNode stars = comment.get("starRating");
        Integer rating = stars != null && stars.isInt() && stars.asInt() >= 1 && stars.asInt() <= 5 ? stars.asInt()
                : null;
        JsonNode thumbs = comment.get("thumbsUpCount");
        Long likes = thumbs != null && thumbs.isIntegralNumber() && thumbs.asLong() >= 0 ? thumbs.asLong() : null;
        String name = review.path("authorName").asText("").strip();
        Author author = name.isEmpty() ? null
                : new Author(cut(name, MAX_NAME), cut(name, MAX_NAME), null);
        String language = comment.path("reviewerLanguage").asText(null);
        language = language != null && language.matches("[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{1,8})?")
                ? language.replace('_', '-') : null;
        String url = "https://play.google.com/store/apps/details?id="
                + URLEncoder.encode(packageName, StandardCharsets.UTF_8) + "&reviewId="
                + URLEncoder.encode(id, StandardCharsets.UTF_8);
        return new IncomingPost(id, PostKind.REVIEW, url, author, text, rating, rating == null ? null : 5, language,
                modified, new Engagement(now, likes, null, null, null), null);
    }

    private static JsonNode userComment(JsonNode review) {
        for (JsonNode comment : review.path("comments")) {
            if (comment.path("userComment").isObject()) {
                return comment.get("userComment");
            }
        }
        throw new IllegalArgumentException("no user comment");
    }

    private Instant lastModified(JsonNode timestamp, Instant now) {
        JsonNode seconds = timestamp.get("seconds");
        long value;
        try {
            value = seconds == null ? -1 : Long.parseLong(seconds.asText().trim());
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value <= 0 || value > 100_000_000_000L) {
            throw new IllegalArgumentException("lastModified is missing or not a time");
        }
        long nanos = Math.max(0, Math.min(999_999_999, timestamp.path("nanos").asLong(0)));
        Instant modified = Instant.ofEpochSecond(value, nanos);
        if (modified.isAfter(now.plus(clockSkew))) {
            throw new IllegalArgumentException("lastModified " + modified + " is in the future");
        }
        return modified;
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
