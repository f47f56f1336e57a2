package io.replydesk.collector.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replydesk.collector.IncomingPost;
import io.replydesk.events.PostKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IngestPostTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static IngestPost post(String id, String text, Integer rating, Integer scale) {
        return new IngestPost(id, JsonNodeFactory.instance.textNode("anna"), text, rating, scale, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void defaultsScaleToFiveAndKindToReview() {
        IncomingPost in = post(" 42 ", "Pessimo", 1, null).toIncoming("", 100, NOW);

        assertThat(in.externalId()).isEqualTo("42");
        assertThat(in.ratingScale()).isEqualTo(5);
        assertThat(in.kind()).isEqualTo(PostKind.REVIEW);
        assertThat(in.author().handle()).isEqualTo("anna");
        assertThat(in.engagement()).isNull();
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> post(null, "x", null, null).toIncoming("posts[3].", 100, NOW))
                .hasMessage("posts[3].externalId is required");
        assertThatThrownBy(() -> post("1", "  ", null, null).toIncoming("", 100, NOW))
                .hasMessageContaining("text is required");
        assertThatThrownBy(() -> post("1", "x".repeat(101), null, null).toIncoming("", 100, NOW))
                .hasMessageContaining("101 characters; the limit is 100");
        assertThatThrownBy(() -> post("1", "x", 7, 5).toIncoming("", 100, NOW))
                .hasMessageContaining("rating must be between 0 and ratingScale (5)");
    }

    @Test
    void refusesWhatTheDatabaseCannotHold() {
        assertThatThrownBy(() -> new IngestPost("1", JsonNodeFactory.instance.textNode("a".repeat(501)), "t", null, null,
                null, null, null, null, null, null, null, null).toIncoming("posts[0].", 100, NOW))
                .hasMessage("posts[0].author is longer than 500 characters");
        ObjectNode author = JsonNodeFactory.instance.objectNode().put("handle", "a").put("displayName", "b".repeat(501));
        assertThatThrownBy(() -> new IngestPost("1", author, "t", null, null, null, null, null, null, null, null, null,
                null).toIncoming("", 100, NOW)).hasMessage("author.displayName is longer than 500 characters");
        assertThatThrownBy(() -> post("1", "Rude\u0000 staff", null, null).toIncoming("", 100, NOW))
                .hasMessage("text contains the NUL character (U+0000)");
        assertThatThrownBy(() -> new IngestPost("1", null, "t", null, null, null, null, "english-as-spoken-here", null,
                null, null, null, null).toIncoming("", 100, NOW)).hasMessage("language is longer than 16 characters");
        assertThat(post("1", "Rude\u200B staff \u202E", null, null).toIncoming("", 100, NOW).text())
                .isEqualTo("Rude\u200B staff \u202E");
    }

    @Test
    void readsAuthorObjects() {
        ObjectNode author = JsonNodeFactory.instance.objectNode().put("handle", "@a").put("displayName", "A")
                .put("followers", 1200);
        IngestPost post = new IngestPost("1", author, "t", null, null, null, null, null, null, 3L, null, null, null);

        IncomingPost in = post.toIncoming("", 100, NOW);

        assertThat(in.author().followers()).isEqualTo(1200L);
        assertThat(in.engagement().likes()).isEqualTo(3L);
    }
}
