package io.replydesk.collector.platform.appstore;

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
import java.util.regex.Pattern;

/**
 * Turns the {@code customerReviews} resources of the App Store Connect API into posts: {@code id} (the id
 * {@code customerReviewResponses} answers), {@code attributes.rating}, {@code title}, {@code body},
 * {@code reviewerNickname} and {@code createdDate}, as documented for "List all customer reviews for an app"
 * (developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviews). A review without an id,
 * a rating 1–5, text or a valid date is refused with a reason.
 */
final class ConnectReviewReader {

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z-]{1,100}");

    private final int maxText;
    private final Duration clockSkew;

    ConnectReviewReader(int maxText, Duration clockSkew) {
        this.maxText = maxText;
        this.clockSkew = clockSkew;
    }

    /** What a page gave; newest and oldest include refused reviews with a valid date, so paging knows where it is. */
    record Read(List<IncomingPost> posts, List<String> rejected, Instant newest, Instant oldest) {
    }

    Read read(JsonNode data, String appId, Instant now) {
        List<IncomingPost> posts = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Instant newest = null;
        Instant oldest = null;
        for (JsonNode review : data) {
            String id = review == null ? null : review.path("id").asText(null);
            if (id == null || !ID.matcher(id).matches()) {
                rejected.add("a review without a valid id");
                continue;
            }
            JsonNode attributes = review.path("attributes");
            try {
                Instant created = created(attributes.path("createdDate").asText(null), now);
                newest = SweepCursor.later(newest, created);
                oldest = oldest == null || created.isBefore(oldest) ? created : oldest;
                posts.add(post(id, attributes, created, appId, now));
            } catch (IllegalArgumentException bad) {
                rejected.add("review " + id + ": " + bad.getMessage());
            }
        }
        return new Read(posts, rejected, newest, oldest);
    }

    private IncomingPost post(String id, JsonNode attributes, Instant created, String appId, Instant now) {
        JsonNode rating = attributes.get("rating");
        if (rating == null || !rating.canConvertToInt() || rating.asInt() < 1 || rating.asInt() > 5) {
            throw new IllegalArgumentException("rating " + (rating == null ? "missing" : "'" + rating + "'")
                    + " not 1 to 5");
        }
        String title = PlainText.normalized(attributes.path("title").asText("")).strip();
        String body = PlainText.normalized(attributes.path("body").asText("")).strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no text");
        }
        String text = title.isEmpty() ? body : title + "\n\n" + body;
        text = text.length() > maxText ? text.substring(0, maxText) : text;
        String name = attributes.path("reviewerNickname").asText("").strip();
        Author author = name.isEmpty() ? null : new Author(name, name, null);
        return new IncomingPost(id, PostKind.REVIEW, AppStoreReviewReader.ratingsPage(appId), author, text,
                rating.asInt(), 5, null, created, new Engagement(now, null, null, null, null), null);
    }

    private Instant created(String value, Instant now) {
        return PostDates.parse("createdDate", value, now, clockSkew);
    }
}
