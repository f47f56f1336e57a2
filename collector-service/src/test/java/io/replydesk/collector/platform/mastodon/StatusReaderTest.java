package io.replydesk.collector.platform.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.collector.IncomingPost;
import io.replydesk.events.PostKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final StatusReader reader = new StatusReader(20_000, Duration.ofMinutes(5));

    @Test
    void readsARealHashtagTimelineIntoPlainTextPostsWithEngagementAndAuthors() {
        StatusReader.Read read = reader.read(MastodonFixtures.statuses("tag_timeline.json"), NOW);

        assertThat(read.rejected()).isEmpty();
        assertThat(read.posts()).hasSize(20).allSatisfy(p -> assertThat(p.text()).isNotBlank().doesNotContain("<"));
        assertThat(read.newestId()).isEqualTo("714859");
        IncomingPost first = read.posts().get(0);
        assertThat(first.externalId()).isEqualTo("714859");
        assertThat(first.kind()).isEqualTo(PostKind.COMMENT);
        assertThat(first.inReplyTo()).isEqualTo("675923");
        assertThat(first.text()).startsWith("@alexl @deadsuperhero Yes, but not only #Mastodon should be compatible")
                .contains("I'm not a coder ;-)");
        assertThat(first.author().handle()).isEqualTo("jeroenpraat@mastodon.social");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2017-04-21T15:00:42Z"));
        assertThat(first.url()).isEqualTo("https://mastodon.social/users/jeroenpraat/updates/2014093");
        IncomingPost boosted = read.posts().stream().filter(p -> p.externalId().equals("693714")).findFirst()
                .orElseThrow();
        assertThat(boosted.engagement().shares()).isEqualTo(9L);
        assertThat(read.posts().stream().filter(p -> p.externalId().equals("707791")).findFirst().orElseThrow()
                .author().followers()).isEqualTo(59L);
    }

    @Test
    void readsRecentStatusesWithRepliesCountAndLanguage() {
        IncomingPost post = reader.read(MastodonFixtures.statuses("tag_hoot.json"), NOW).posts().get(0);

        assertThat(post.text()).isEqualTo("#hoot (hashtag toot)");
        assertThat(post.language()).isEqualTo("ja");
        assertThat(post.engagement().replies()).isZero();
        assertThat(post.kind()).isEqualTo(PostKind.POST);
    }

    @Test
    void refusesUntrustworthyStatusesOneByOneAndStillMovesPastThem() throws Exception {
        List<MastodonStatus> page = List.of(MastodonFixtures.JSON.readValue(MastodonFixtures.hostilePage(),
                MastodonStatus[].class));

        StatusReader.Read read = reader.read(page, NOW);

        assertThat(read.posts()).extracting(IncomingPost::externalId)
                .containsExactly("103270115826048980", "103270115826048975");
        assertThat(read.posts().get(0).text()).isEqualTo("Terrible service");
        assertThat(read.rejected()).hasSize(3).anySatisfy(r -> assertThat(r).contains("in the future"))
                .anySatisfy(r -> assertThat(r).contains("without a valid id"))
                .anySatisfy(r -> assertThat(r).contains("created_at is missing"));
        assertThat(read.newestId()).isEqualTo("103270115826048980");
    }

    @Test
    void comparesIdsAsNumbers() {
        assertThat(StatusReader.newer("99", "100")).isEqualTo("100");
        assertThat(StatusReader.newer("117020593741189701", "714859")).isEqualTo("117020593741189701");
        assertThat(StatusReader.newer(null, "5")).isEqualTo("5");
    }
}
