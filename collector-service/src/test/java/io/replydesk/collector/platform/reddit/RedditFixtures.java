package io.replydesk.collector.platform.reddit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replydesk.collector.platform.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The recorded Reddit payloads under fixtures/reddit (see SOURCES.txt there) and variants made from them. */
public final class RedditFixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    private RedditFixtures() {
    }

    public static String text(String name) {
        return Fixtures.text("reddit/" + name);
    }

    public static ObjectNode object(String name) {
        return Fixtures.object("reddit/" + name);
    }

    public static List<RedditListing.Thing> things(String name) {
        try {
            return JSON.treeToValue(object(name), RedditListing.class).things();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The i-th thing of a recorded listing, as {"kind", "data"}. */
    public static ObjectNode thing(String listing, int index) {
        return (ObjectNode) object(listing).get("data").get("children").get(index).deepCopy();
    }

    /** A recorded submission of listing_search_posts.json under a new id and date, as a later one would look. */
    public static ObjectNode laterSubmission(String id, long createdUtc) {
        ObjectNode thing = thing("listing_search_posts.json", 0);
        ObjectNode data = (ObjectNode) thing.get("data");
        data.put("id", id).put("name", "t3_" + id).put("created_utc", createdUtc).put("created", createdUtc)
                .put("permalink", "/r/WatchPeopleDieInside/comments/" + id + "/pregnancy_test/");
        return thing;
    }

    /** A Listing of the given things with the given {@code after}. */
    public static String listing(String after, ObjectNode... things) {
        ObjectNode listing = JSON.createObjectNode().put("kind", "Listing");
        ObjectNode data = listing.putObject("data");
        if (after == null) {
            data.putNull("after");
        } else {
            data.put("after", after);
        }
        ArrayNode children = data.putArray("children");
        for (ObjectNode thing : things) {
            children.add(thing);
        }
        return listing.toString();
    }

    /**
     * One thing of each kind the collector must survive, made from recorded submissions: a date in the future, no
     * fullname, a date that is not a number, a removed body under an empty title, and one untouched original.
     */
    public static String hostileListing() {
        ObjectNode future = laterSubmission("fut1", 32503680000L);
        ObjectNode noName = thing("listing_search_praw.json", 1);
        ((ObjectNode) noName.get("data")).remove("name");
        ObjectNode textDate = laterSubmission("txt1", 0);
        ((ObjectNode) textDate.get("data")).put("created_utc", "yesterday");
        ObjectNode removed = laterSubmission("rem1", 1595787000L);
        ((ObjectNode) removed.get("data")).put("title", " ").put("selftext", "[removed]").putNull("selftext_html");
        return listing(null, future, noName, textDate, removed, thing("listing_search_praw.json", 0));
    }
}
