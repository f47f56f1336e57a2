package io.replydesk.collector.platform.bluesky;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replydesk.collector.platform.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The recorded Bluesky payloads under fixtures/bluesky (see SOURCES.txt there) and variants made from them. */
public final class BlueskyFixtures {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** The account of session.json, which also wrote the recorded parent post. */
    public static final String OUR_DID = "did:plc:5c2r73erhng4bszmxlfdtscf";
    public static final String PARENT_URI = "at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3kexwuoyqj32g";
    public static final String PARENT_CID = "bafyreid4i763c2iyr6adhmgriiisz2p7gleztu7tn66pfrl3qhe4hgoyny";

    private BlueskyFixtures() {
    }

    public static String text(String name) {
        return Fixtures.text("bluesky/" + name);
    }

    public static ObjectNode object(String name) {
        return Fixtures.object("bluesky/" + name);
    }

    /** The recorded search's posts, parsed. */
    public static List<BlueskyPost> searchPosts() {
        try {
            return List.of(JSON.treeToValue(object("search_redistricting.json").get("posts"), BlueskyPost[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The i-th recorded post view (newest first). */
    public static ObjectNode recordedPost(int index) {
        return (ObjectNode) object("search_redistricting.json").get("posts").get(index).deepCopy();
    }

    /** A recorded post moved to a new address and date, as a later post would look. */
    public static ObjectNode laterPost(int index, String rkey, String createdAt) {
        ObjectNode post = recordedPost(index);
        String did = post.path("author").path("did").asText();
        post.put("uri", "at://" + did + "/app.bsky.feed.post/" + rkey).put("indexedAt", createdAt);
        ((ObjectNode) post.get("record")).put("createdAt", createdAt);
        return post;
    }

    /** A searchPosts answer with the given posts and cursor (none when null). */
    public static String page(String cursor, ObjectNode... posts) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode list = page.putArray("posts");
        for (ObjectNode post : posts) {
            list.add(post);
        }
        if (cursor != null) {
            page.put("cursor", cursor);
        }
        return page.toString();
    }

    /**
     * One post of each kind the collector must survive, made from recorded posts: a date in the future, a record
     * that is not a post, an empty text, no address, and one untouched original.
     */
    public static String hostilePage() {
        ObjectNode future = laterPost(1, "3lzzzzzzzzz2a", "2999-01-01T00:00:00.000Z");
        ObjectNode notAPost = laterPost(2, "3lzzzzzzzzz2b", "2025-05-19T17:00:00.000Z");
        ((ObjectNode) notAPost.get("record")).put("$type", "app.bsky.feed.like");
        ObjectNode empty = laterPost(3, "3lzzzzzzzzz2c", "2025-05-19T17:00:00.000Z");
        ((ObjectNode) empty.get("record")).put("text", " ");
        ObjectNode noUri = recordedPost(4);
        noUri.remove("uri");
        return page(null, future, notAPost, empty, noUri, recordedPost(0));
    }

    /** An XRPC error body. */
    public static String error(String name, String message) {
        return JSON.createObjectNode().put("error", name).put("message", message).toString();
    }
}
