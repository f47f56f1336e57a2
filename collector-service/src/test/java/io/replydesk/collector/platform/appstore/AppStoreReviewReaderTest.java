package io.replydesk.collector.platform.appstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The feed's entries as posts, and every refusal with its reason. */
class AppStoreReviewReaderTest {

    final AppStoreReviewReader reader = new AppStoreReviewReader(4000, Duration.ofMinutes(5));

    @Test
    void refusesEachBadEntryWithItsReasonAndKeepsTheRest() {
        ObjectNode future = AppStoreTest.review("204", "2999-01-01T00:00:00Z");
        ObjectNode badDate = AppStoreTest.review("205", "yesterday");
        ObjectNode noDate = AppStoreTest.review("206", "x");
        noDate.remove("updated");
        ObjectNode noId = AppStoreTest.review("x", "2024-05-04T07:00:00Z");
        String page = AppStoreTest.page(future, badDate, noDate, noId, AppStoreTest.review("199",
                "2024-05-04T06:00:00Z"));
        ObjectNode feed = (ObjectNode) AppStoreTest.feedOf(page);

        AppStoreReviewReader.Read read = reader.read(feed, "284882215", Instant.parse("2024-06-01T00:00:00Z"));

        assertThat(read.posts()).singleElement().satisfies(p -> {
            assertThat(p.externalId()).isEqualTo("199");
            assertThat(p.ratingScale()).isEqualTo(5);
        });
        assertThat(read.rejected()).containsExactly("review 204: updated 2999-01-01T00:00:00Z is in the future",
                "review 205: updated 'yesterday' is not a date", "review 206: no updated date",
                "a review without a numeric id");
        assertThat(read.entries()).isEqualTo(5);
        assertThat(read.newest()).isEqualTo(Instant.parse("2024-05-04T06:00:00Z"));
    }

    @Test
    void anEmptyPageHasNoEntries() {
        AppStoreReviewReader.Read read = reader.read(AppStoreTest.feedOf(AppStoreTest.page()), "1", Instant.now());
        assertThat(read.entries()).isZero();
        assertThat(read.oldest()).isNull();
    }
}
