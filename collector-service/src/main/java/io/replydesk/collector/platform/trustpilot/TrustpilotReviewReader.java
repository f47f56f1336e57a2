package io.replydesk.collector.platform.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.collector.platform.PostDates;
import io.replydesk.collector.platform.SweepCursor;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns Trustpilot service reviews into posts: title and text, 1–5 stars, the consumer's display name, the language,
 * {@code createdAt}, and the review's public page {@code https://www.trustpilot.com/reviews/{id}}. A review without
 * an id, text, stars 1–5 or a valid date is refused with a reason.
 */
public final class TrustpilotReviewReader {

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z]{1,50}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final int maxText;
    private final Duration clockSkew;

    public TrustpilotReviewReader(int maxText, Duration clockSkew) {
        this.maxText = maxText;
        this.clockSkew = clockSkew;
    }

    /** What a page gave; newest and oldest include refused reviews with a valid date, so paging knows where it is. */
    public record Read(List<IncomingPost> posts, List<String> rejected, Instant newest, Instant oldest) {
    }

    public static String link(String reviewId) {
        return "https://www.trustpilot.com/reviews/" + reviewId;
    }

    public Read read(List<JsonNode> reviews, Instant now) {
        List<IncomingPost> posts = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Instant newest = null;
        Instant oldest = null;
        for (JsonNode review : reviews) {
            String id = review == null ? null : review.path("id").asText(null);
            if (id == null || !ID.matcher(id).matches()) {
                rejected.add("a review without an id");
                continue;
            }
            try {
                Instant created = created(review.path("createdAt").asText(null), now);
                newest = SweepCursor.later(newest, created);
                oldest = oldest == null || created.isBefore(oldest) ? created : oldest;
                posts.add(post(id, review, created, now));
            } catch (IllegalArgumentException bad) {
                rejected.add("review " + id + ": " + bad.getMessage());
            }
        }
        return new Read(posts, rejected, newest, oldest);
    }

    private IncomingPost post(String id, JsonNode review, Instant created, Instant now) {
        JsonNode stars = review.get("stars");
        if (stars == null || !stars.canConvertToInt() || stars.asInt() < 1 || stars.asInt() > 5) {
            throw new IllegalArgumentException("stars " + (stars == null ? "missing" : "'" + stars + "'")
                    + " not 1 to 5");
        }
        String title = PlainText.normalized(review.path("title").asText("")).strip();
        String body = PlainText.normalized(review.path("text").asText("")).strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no text");
        }
        String text = title.isEmpty() ? body : title + "\n\n" + body;
        text = text.length() > maxText ? text.substring(0, maxText) : text;
        String name = review.path("consumer").path("displayName").asText("").strip();
        Author author = name.isEmpty() ? null : new Author(name, name, null);
        String language = review.path("language").asText("").strip().toLowerCase(Locale.ROOT);
        return new IncomingPost(id, PostKind.REVIEW, link(id), author, text, stars.asInt(), 5,
                LANGUAGE.matcher(language).matches() ? language : null, created,
                new Engagement(now, null, null, null, null), null);
    }

    private Instant created(String value, Instant now) {
        return PostDates.parse("createdAt", value, now, clockSkew);
    }
}
