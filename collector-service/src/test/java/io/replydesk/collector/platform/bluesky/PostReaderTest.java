package io.replydesk.collector.platform.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replydesk.collector.IncomingPost;
import io.replydesk.events.PostKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostReaderTest {

    private static final Instant NOW = Instant.parse("2025-05-19T17:41:37Z");
    private final PostReader reader = new PostReader(20000, Duration.ofMinutes(5));

    @Test
    void readsTheRecordedSearch() {
        PostReader.Read read = reader.read(BlueskyFixtures.searchPosts(), NOW);

        assertThat(read.rejected()).isEmpty();
        assertThat(read.posts()).hasSize(25);
        assertThat(read.newest()).isEqualTo(Instant.parse("2025-05-19T17:10:09.561858Z"));
        IncomingPost viral = read.posts().get(24);
        assertThat(viral.externalId()).isEqualTo("at://did:plc:7nagdvjqrzaquzk7mueohne5/app.bsky.feed.post/3lpica7sxmk2u");
        assertThat(viral.url()).isEqualTo("https://bsky.app/profile/did:plc:7nagdvjqrzaquzk7mueohne5/post/3lpica7sxmk2u");
        assertThat(viral.author().handle()).isEqualTo("mcpli.bsky.social");
        assertThat(viral.engagement().likes()).isEqualTo(58);
        assertThat(viral.engagement().shares()).isEqualTo(14);
        assertThat(viral.engagement().replies()).isZero();
        assertThat(viral.kind()).isEqualTo(PostKind.POST);
        assertThat(viral.language()).isEqualTo("en");
        IncomingPost reply = read.posts().get(2);
        assertThat(reply.kind()).isEqualTo(PostKind.COMMENT);
        assertThat(reply.inReplyTo()).endsWith("/app.bsky.feed.post/3lpjzgltpa22l");
        assertThat(read.posts()).allSatisfy(p -> assertThat(p.text()).doesNotContain("\r").isNotBlank());
    }

    @Test
    void refusesBadPostsOneByOneWithReasons() throws IOException {
        ObjectNode page = (ObjectNode) BlueskyFixtures.JSON.readTree(BlueskyFixtures.hostilePage());
        List<BlueskyPost> posts = List.of(BlueskyFixtures.JSON.treeToValue(page.get("posts"), BlueskyPost[].class));

        PostReader.Read read = reader.read(posts, NOW);

        assertThat(read.posts()).extracting(IncomingPost::externalId)
                .containsExactly("at://did:plc:kkergqgbhb56ptpwj2wenkje/app.bsky.feed.post/3lpk2u6qo222m");
        assertThat(read.rejected()).hasSize(4)
                .anySatisfy(r -> assertThat(r).contains("in the future"))
                .anySatisfy(r -> assertThat(r).contains("not an app.bsky.feed.post record"))
                .anySatisfy(r -> assertThat(r).contains("no text"))
                .anySatisfy(r -> assertThat(r).contains("without a valid at:// address"));
    }
}
