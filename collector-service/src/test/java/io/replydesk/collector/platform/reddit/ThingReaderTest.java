package io.replydesk.collector.platform.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.collector.IncomingPost;
import io.replydesk.events.PostKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThingReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final ThingReader reader = new ThingReader(20000, Duration.ofMinutes(5));

    @Test
    void readsRecordedSubmissionsAsPlainTextWithEngagement() {
        ThingReader.Read read = reader.read(RedditFixtures.things("listing_search_praw.json"), NOW);

        assertThat(read.rejected()).isEmpty();
        assertThat(read.posts()).hasSize(6);
        IncomingPost first = read.posts().get(0);
        assertThat(first.externalId()).isEqualTo("t3_3gpbiu");
        assertThat(first.kind()).isEqualTo(PostKind.POST);
        assertThat(first.text()).startsWith("[PRAW][OAuth2Util] Problem using get_banned()")
                .contains("\n\nsolved\n\nProblem solved with this:").doesNotContain("<div", "<p>", "<!--", "SC_OFF");
        assertThat(first.url()).isEqualTo("https://www.reddit.com/r/redditdev/comments/3gpbiu/"
                + "prawoauth2util_problem_using_get_banned_raise/");
        assertThat(first.author().handle()).isEqualTo("dClauzel");
        assertThat(first.engagement().replies()).isEqualTo(21);
        assertThat(first.createdAt()).isEqualTo(Instant.ofEpochSecond(1439370514L));
        // Relevance order: the newest and oldest are found wherever they are on the page.
        assertThat(read.newest()).isEqualTo(Instant.ofEpochSecond(1458221634L));
        assertThat(read.oldest()).isEqualTo(Instant.ofEpochSecond(1384770349L));
        assertThat(read.posts()).filteredOn(p -> p.externalId().equals("t3_3b4erh")).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("I don't want to use PRAW"));
    }

    @Test
    void readsTheModernFieldSetAndComments() {
        ThingReader.Read read = reader.read(RedditFixtures.things("listing_search_posts.json"), NOW);
        assertThat(read.posts()).extracting(IncomingPost::externalId).containsExactly("t3_hybow9", "t3_hmwhd7");
        assertThat(read.posts().get(0).engagement().likes()).isEqualTo(103829);

        ThingReader.Read comments = reader.read(RedditFixtures.things("user_comments.json"), NOW);
        assertThat(comments.posts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PostKind.COMMENT);
            assertThat(c.text()).isEqualTo("test comment");
            assertThat(c.inReplyTo()).isEqualTo("t1_test");
        });
    }

    @Test
    void refusesBadThingsOneByOneWithReasons() throws IOException {
        List<RedditListing.Thing> things = RedditFixtures.JSON.readValue(RedditFixtures.hostileListing(),
                RedditListing.class).things();

        ThingReader.Read read = reader.read(things, NOW);

        assertThat(read.posts()).extracting(IncomingPost::externalId).containsExactly("t3_3gpbiu");
        assertThat(read.rejected()).hasSize(4)
                .anySatisfy(r -> assertThat(r).contains("in the future"))
                .anySatisfy(r -> assertThat(r).contains("without a valid fullname"))
                .anySatisfy(r -> assertThat(r).contains("not a number"))
                .anySatisfy(r -> assertThat(r).contains("no text"));
    }
}
