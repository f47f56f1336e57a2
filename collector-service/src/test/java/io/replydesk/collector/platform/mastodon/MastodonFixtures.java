package io.replydesk.collector.platform.mastodon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replydesk.collector.platform.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The recorded Mastodon payloads under fixtures/mastodon (see SOURCES.txt there) and variants made from them. */
public final class MastodonFixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    private MastodonFixtures() {
    }

    public static String text(String name) {
        return Fixtures.text("mastodon/" + name);
    }

    public static List<MastodonStatus> statuses(String name) {
        try {
            return List.of(JSON.readValue(text(name), MastodonStatus[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode object(String name) {
        return Fixtures.object("mastodon/" + name);
    }

    /** A JSON array of the given statuses, newest first as Mastodon sends them. */
    public static String page(ObjectNode... statuses) {
        ArrayNode page = JSON.createArrayNode();
        for (ObjectNode status : statuses) {
            page.add(status);
        }
        return page.toString();
    }

    /**
     * A page with one status of each kind the collector must survive, all made from the documentation's example
     * status: scripts in the content, a date in the future, no id, no date, and the untouched original.
     */
    public static String hostilePage() {
        ObjectNode scripted = object("status_docs_example.json").put("id", "103270115826048980")
                .put("content", "<script>alert('x')</script><p>Terrible <b>service</b></p>"
                        + "<img src=x onerror=alert(1)>");
        ObjectNode future = object("status_docs_example.json").put("id", "103270115826048979")
                .put("created_at", "2999-01-01T00:00:00.000Z");
        ObjectNode noId = object("status_docs_example.json");
        noId.remove("id");
        ObjectNode noDate = object("status_docs_example.json").put("id", "103270115826048977");
        noDate.remove("created_at");
        return page(scripted, future, noId, noDate, object("status_docs_example.json"));
    }
}
