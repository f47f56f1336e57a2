package io.replydesk.response.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.events.EventCodec;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.Topics;
import io.replydesk.response.Assessments;
import io.replydesk.response.Draft;
import io.replydesk.response.DraftStatus;
import io.replydesk.response.TestDatabase;
import io.replydesk.response.TestInfra;
import io.replydesk.stack.test.TestKafka;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessedPostConsumerTest {

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    private static void publish(PostAssessed assessed) {
        TestKafka.awaitConsumed(TestInfra.CONSUMER_GROUP, TestKafka.send(Topics.POSTS_ASSESSED, assessed.key(), EventCodec.toJson(assessed)));
    }

    private Draft awaitOneDraft(String postId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !db.draftsOf(postId).isEmpty());
        List<Draft> drafts = db.draftsOf(postId);
        assertThat(drafts).hasSize(1);
        return drafts.get(0);
    }

    @Test
    void negativeItalianPostGetsOnePendingItalianDraft() {
        String postId = Assessments.newPostId();
        String complaint = "Servizio pessimo, il cameriere Marco è stato scortese";
        publish(Assessments.negative(postId, "it", complaint, 70));

        Draft draft = awaitOneDraft(postId);
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.PENDING);
        assertThat(draft.getLanguage()).isEqualTo("it");
        // phrasings vary per post; every variant thanks, apologises, and never repeats the complaint's details
        assertThat(draft.getText()).containsAnyOf("Grazie", "ringrazi").containsAnyOf("scus", "spiacenti", "dispiace")
                .doesNotContain("Marco", "scortese", "Mario");
        assertThat(draft.getAssessment().priority()).isEqualTo(70);
        assertThat(draft.getPost().text()).isEqualTo(complaint);
        assertThat(draft.getAssessment().flags()).containsExactly(Flag.NEGATIVE);
    }

    @Test
    void anUnreasonableComplaintAlsoGetsADraft() {
        String postId = Assessments.newPostId();
        publish(Assessments.assessed(Assessments.post(postId, 1, "en", "Free meals for a year or I post this everywhere"),
                "en", List.of(Flag.UNREASONABLE), 55));

        Draft draft = awaitOneDraft(postId);
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.PENDING);
        assertThat(draft.getAssessment().flags()).containsExactly(Flag.UNREASONABLE);
    }

    @Test
    void redeliveriesAndReassessmentsKeepOneDraft() {
        String postId = Assessments.newPostId();
        PostAssessed assessed = Assessments.negative(postId, "en", "Awful", 40);
        String json = EventCodec.toJson(assessed);
        TestKafka.send(Topics.POSTS_ASSESSED, postId, json);
        TestKafka.awaitConsumed(TestInfra.CONSUMER_GROUP, TestKafka.send(Topics.POSTS_ASSESSED, postId, json));
        // the same post version judged again (a redelivery to sentiment): same derived event id, dropped as a duplicate
        publish(Assessments.assessed(assessed.post(), "en", List.of(Flag.NEGATIVE), 45));

        assertThat(db.draftsOf(postId)).hasSize(1);
        assertThat(db.draftsOf(postId).get(0).getAssessment().priority()).isEqualTo(40);
    }

    @Test
    void newerVersionOfThePostRefreshesThePendingDraft() {
        String postId = Assessments.newPostId();
        publish(Assessments.negative(postId, "hu", "Borzalmas", 30));
        String drafted = awaitOneDraft(postId).getText();

        publish(Assessments.assessed(Assessments.post(postId, 2, "hu", "Borzalmas!!!"), "hu",
                List.of(Flag.NEGATIVE, Flag.VIRAL), 95));

        Draft draft = awaitOneDraft(postId);
        assertThat(draft.getAssessment().postVersion()).isEqualTo(2);
        assertThat(draft.getAssessment().priority()).isEqualTo(95);
        assertThat(draft.getAssessment().flags()).contains(Flag.VIRAL);
        assertThat(draft.getText()).isEqualTo(drafted);
    }

    @Test
    void postThatIsNotNegativeGetsNoDraft() {
        String postId = Assessments.newPostId();
        publish(Assessments.assessed(Assessments.post(postId, 1, "it", "Tutto ottimo!"), "it", List.of(), 5));
        publish(Assessments.assessed(Assessments.post(Assessments.newPostId(), 1, "en", "Huge"), "en",
                List.of(Flag.VIRAL), 60));

        assertThat(db.draftsOf(postId)).isEmpty();
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsHandled() {
        String postId = Assessments.newPostId();
        String poison = "{\"eventId\": \"not-a-uuid\", \"post\": " + System.nanoTime() + "}";
        TestKafka.send(Topics.POSTS_ASSESSED, postId, poison);
        publish(Assessments.negative(postId, "en", "Broken on arrival", 50));

        awaitOneDraft(postId);
        List<ConsumerRecord<String, String>> dead = TestKafka.readAll(Topics.deadLetter(Topics.POSTS_ASSESSED));
        assertThat(dead).filteredOn(r -> poison.equals(r.value())).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo(postId))
                .satisfies(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
    }

    @Test
    void aNewVersionThatLosesTheRaceWithAReviewerIsAppliedAgainNotDeadLettered() throws Exception {
        // seen in the kill-collector drill: the reviewer's approval committed while the consumer was refreshing the
        // same draft for a new version of its post, and the assessment went to the dead-letter topic
        String postId = Assessments.newPostId();
        publish(Assessments.negative(postId, "en", "Cold food", 30));
        awaitOneDraft(postId);
        PostAssessed edited = Assessments.assessed(Assessments.post(postId, 2, "en", "Cold food. Edited: and rude"),
                "en", List.of(Flag.NEGATIVE), 60);

        try (Connection reviewer = dataSource.getConnection()) {
            reviewer.setAutoCommit(false);
            try (PreparedStatement approve = reviewer.prepareStatement(
                    "update draft set status = 'APPROVED', version = version + 1 where post_id = ?")) {
                approve.setString(1, postId);
                assertThat(approve.executeUpdate()).isEqualTo(1);
            }
            TestKafka.send(Topics.POSTS_ASSESSED, edited.key(), EventCodec.toJson(edited));
            // the consumer has read the PENDING draft and now waits for the reviewer's row lock to write it
            await().atMost(Duration.ofSeconds(20)).until(() -> sessionsWaitingForALock() > 0);
            reviewer.commit();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> db.processed(edited.eventId()));
        Draft draft = awaitOneDraft(postId);
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.APPROVED);
        assertThat(draft.getAssessment().postVersion()).as("an approved draft keeps the version the reviewer saw")
                .isEqualTo(1);
        assertThat(TestKafka.readAll(Topics.deadLetter(Topics.POSTS_ASSESSED)))
                .noneMatch(r -> r.value().contains(edited.eventId().toString()));
    }

    private long sessionsWaitingForALock() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
