package io.replydesk.collector.platform.reddit;

import com.fasterxml.jackson.databind.JsonNode;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Turns Reddit things into posts: submissions (t3) as title and body, comments (t1) as body; Reddit's HTML
 * rendering to plain text (the Markdown source when there is none), score and comment count to engagement. A thing
 * that cannot be trusted (no fullname, no or an impossible date, no text) is refused with a reason instead of
 * stopping the page; removed and deleted bodies are left out, keeping the title.
 */
public final class ThingReader {

    private static final Pattern FULLNAME = Pattern.compile("t[13]_[a-z0-9]{1,13}");
    private static final String WEB = "https://www.reddit.com";
    private static final int MAX_HANDLE = 100;
    private static final int MAX_URL = 2000;

    private final int maxText;
    private final Duration clockSkew;

    public ThingReader(int maxText, Duration clockSkew) {
        this.maxText = maxText;
        this.clockSkew = clockSkew;
    }

    /** What a page gave: usable posts, refusals with reasons, and the newest and oldest times of dated things. */
    public record Read(List<IncomingPost> posts, List<String> rejected, Instant newest, Instant oldest) {
    }

    public static boolean isFullname(String value) {
        return value != null && FULLNAME.matcher(value).matches();
    }

    public Read read(List<RedditListing.Thing> things, Instant now) {
        List<IncomingPost> posts = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Instant newest = null;
        Instant oldest = null;
        for (RedditListing.Thing thing : things) {
            JsonNode data = thing == null || thing.data() == null ? null : thing.data();
            String name = data == null ? null : data.path("name").asText(null);
            if (!isFullname(name) || !name.startsWith(thing.kind() + "_")) {
                rejected.add("an item without a valid fullname");
                continue;
            }
            try {
                Instant createdAt = createdAt(data, now);
                newest = newest == null || createdAt.isAfter(newest) ? createdAt : newest;
                oldest = oldest == null || createdAt.isBefore(oldest) ? createdAt : oldest;
                posts.add(post(name, data, createdAt, now));
            } catch (IllegalArgumentException e) {
                rejected.add(name + ": " + e.getMessage());
            }
        }
        return new Read(posts, rejected, newest, oldest);
    }

    private IncomingPost post(String name, JsonNode data, Instant createdAt, Instant now) {
        boolean comment = name.startsWith("t1_");
        String body = comment ? body(data, "body_html", "body") : body(data, "selftext_html", "selftext");
        String title = comment ? "" : PlainText.normalized(data.path("title").asText(""));
        String text = title.isEmpty() ? body : body.isEmpty() ? title : title + "\n\n" + body;
        text = text.length() > maxText ? text.substring(0, maxText) : text;
        if (text.isBlank()) {
            throw new IllegalArgumentException("no text (removed, deleted or empty)");
        }
        Engagement engagement = engagement(data, now);
        String parent = comment ? data.path("parent_id").asText(null) : null;
        return new IncomingPost(name, comment ? PostKind.COMMENT : PostKind.POST, url(data), author(data), text,
                null, null, null, createdAt, engagement, isFullname(parent) ? parent : null);
    }

    private String body(JsonNode data, String htmlField, String markdownField) {
        String html = data.path(htmlField).asText(null);
        String text;
        if (html != null && !html.isBlank()) {
            // Without raw_json=1 Reddit escapes the HTML once more; undo that before reading it.
            if (!html.contains("<") && html.contains("&lt;")) {
                html = Parser.unescapeEntities(html, false);
            }
            text = PlainText.fromHtml(html, maxText);
        } else {
            text = data.path(markdownField).asText("").strip();
        }
        return text.equals("[removed]") || text.equals("[deleted]") ? "" : text;
    }

    private Instant createdAt(JsonNode data, Instant now) {
        JsonNode created = data.get("created_utc");
        if (created == null || !created.isNumber()) {
            throw new IllegalArgumentException("created_utc is missing or not a number");
        }
        double seconds = created.asDouble();
        if (seconds <= 0 || seconds > 1e11) {
            throw new IllegalArgumentException("created_utc " + created.asText() + " is not a plausible time");
        }
        Instant createdAt = Instant.ofEpochMilli((long) (seconds * 1000));
        if (createdAt.isAfter(now.plus(clockSkew))) {
            throw new IllegalArgumentException("created_utc " + createdAt + " is in the future");
        }
        return createdAt;
    }

    private static String url(JsonNode data) {
        String permalink = data.path("permalink").asText(null);
        if (permalink == null || !permalink.startsWith("/") || permalink.length() > MAX_URL) {
            return null;
        }
        int query = permalink.indexOf('?');
        return WEB + (query < 0 ? permalink : permalink.substring(0, query));
    }

    private static Author author(JsonNode data) {
        String name = data.path("author").asText(null);
        if (name == null || name.isBlank() || name.equals("[deleted]")) {
            return null;
        }
        String handle = name.length() > MAX_HANDLE ? name.substring(0, MAX_HANDLE) : name;
        // Reddit shows no follower count for an author in listings.
        return new Author(handle, "u/" + handle, null);
    }

    /** A thing's counters: score as likes (Reddit shows no separate up-votes), comments as replies. */
    public static Engagement engagement(JsonNode data, Instant now) {
        return new Engagement(now, count(data, "score"), null, count(data, "num_comments"), null);
    }

    private static Long count(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value != null && value.isIntegralNumber() && value.asLong() >= 0 ? value.asLong() : null;
    }
}
