package io.replydesk.collector.platform.reddit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A Reddit Listing: things newest first and the fullname to ask {@code after} for the next older page. Each thing's
 * data stays a tree, so one odd item refuses one item, not the whole page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RedditListing(String kind, Data data) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(String after, List<Thing> children) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Thing(String kind, JsonNode data) {
    }

    public List<Thing> things() {
        return data == null || data.children() == null ? List.of() : data.children();
    }

    public String after() {
        return data == null ? null : data.after();
    }
}
