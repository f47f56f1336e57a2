package io.replydesk.collector.platform.appstore;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.collector.platform.SweepCursor;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the entries of Apple's customer-reviews feed into posts: title and text, 1–5 stars, the reviewer's nickname,
 * the time of the review ({@code updated}), and a link to the app's Ratings and Reviews page in App Store Connect
 * (the feed has no link to a single review). An entry that is the app itself (older feeds put it first) is skipped;
 * a review without an id, a rating, text or a valid date is refused with a reason.
 */
public final class AppStoreReviewReader {

    private static final Pattern ID = Pattern.compile("[0-9]{1,30}");

    private final int maxText;
    private final Duration clockSkew;

    public AppStoreReviewReader(int maxText, Duration clockSkew) {
        this.maxText = maxText;
        this.clockSkew = clockSkew;
    }

    /**
     * What a page gave: usable reviews, refusals with reasons, how many entries it had, and the newest and oldest
     * review times on it (refused reviews with a valid date included, so paging can still tell where it is).
     */
    public record Read(List<IncomingPost> posts, List<String> rejected, int entries, Instant newest, Instant oldest) {
    }

    /** The link each review carries: where the developer answers reviews of the app. */
    public static String ratingsPage(String appId) {
        return "https://appstoreconnect.apple.com/apps/" + appId + "/distribution/activity/ios/ratingsResponses";
    }

    public Read read(JsonNode feed, String appId, Instant now) {
        JsonNode entry = feed.get("entry");
        List<JsonNode> entries = new ArrayList<>();
        if (entry != null && entry.isArray()) {
            entry.forEach(entries::add);
        } else if (entry != null && entry.isObject()) {
            entries.add(entry); // a page with a single review has the entry itself, not a list
        }
        List<IncomingPost> posts = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Instant newest = null;
        Instant oldest = null;
        int reviews = 0;
        for (JsonNode e : entries) {
            if (e == null || !e.isObject()) {
                rejected.add("an entry that is not an object");
                continue;
            }
            if (!e.has("im:rating") && e.has("im:name")) {
                continue; // the app's own entry, not a review
            }
            reviews++;
            String id = label(e.get("id"));
            if (id == null || !ID.matcher(id.strip()).matches()) {
                rejected.add("a review without a numeric id");
                continue;
            }
            id = id.strip();
            try {
                Instant updated = updated(label(e.get("updated")), now);
                newest = SweepCursor.later(newest, updated);
                oldest = oldest == null || updated.isBefore(oldest) ? updated : oldest;
                posts.add(post(id, e, updated, appId, now));
            } catch (IllegalArgumentException bad) {
                rejected.add("review " + id + ": " + bad.getMessage());
            }
        }
        return new Read(posts, rejected, reviews, newest, oldest);
    }

    private IncomingPost post(String id, JsonNode e, Instant updated, String appId, Instant now) {
        Integer rating = rating(label(e.get("im:rating")));
        String title = PlainText.normalized(nonNull(label(e.get("title")))).strip();
        String content = PlainText.normalized(nonNull(label(e.get("content")))).strip();
        if (content.isEmpty()) {
            throw new IllegalArgumentException("no text");
        }
        String text = title.isEmpty() ? content : title + "\n\n" + content;
        text = text.length() > maxText ? text.substring(0, maxText) : text;
        String name = nonNull(label(e.path("author").get("name"))).strip();
        Author author = name.isEmpty() ? null : new Author(name, name, null);
        return new IncomingPost(id, PostKind.REVIEW, ratingsPage(appId), author, text, rating, 5, null, updated,
                new Engagement(now, null, null, null, null), null);
    }

    private static Integer rating(String value) {
        try {
            int stars = Integer.parseInt(value == null ? "" : value.strip());
            if (stars >= 1 && stars <= 5) {
                return stars;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new IllegalArgumentException("im:rating '" + cut(value) + "' is not 1 to 5 stars");
    }

    private Instant updated(String value, Instant now) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no updated date");
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("updated '" + cut(value) + "' is not a date");
        }
        if (at.isAfter(now.plus(clockSkew))) {
            throw new IllegalArgumentException("updated " + value + " is in the future");
        }
        return at;
    }

    /** The feed wraps every value as {@code {"label": "..."}}. */
    private static String label(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode label = node.get("label");
        return label != null && label.isValueNode() ? label.asText() : null;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String cut(String value) {
        return value == null ? "" : value.substring(0, Math.min(40, value.length()));
    }
}
