package io.replydesk.response.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.events.Events;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.Reason;
import io.replydesk.events.Sentiment;
import io.replydesk.events.SentimentLabel;
import io.replydesk.response.Assessments;
import io.replydesk.response.AuditAction;
import io.replydesk.response.Draft;
import io.replydesk.response.Situation;
import io.replydesk.response.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which assessments get a draft, of which kind, with what help for the approver (positive reviews are on in %test). */
@QuarkusTest
class DraftIntakeTest {

    @Inject
    DraftIntake intake;

    @Inject
    TestDatabase db;

    @Inject
    AuditTrail audit;

    private static PostAssessed judged(String language, String text, String sourceType, Integer rating,
            SentimentLabel label, List<Flag> flags) {
        List<Reason> reasons = flags.stream().map(f -> new Reason(f, f == Flag.UNREASONABLE ? "EXTORTION" : "TEST_" + f,
                "raised by a test")).toList();
        return Events.assessed(Assessments.post(Assessments.newPostId(), 1, language, text, sourceType, rating),
                language, 0.9, new Sentiment(label, label == SentimentLabel.POSITIVE ? 0.8 : -0.8), flags, reasons,
                "DELAY", 60);
    }

    @Test
    void ordinaryComplaintGetsAComplaintDraftWithGlosses() {
        Draft draft = intake.accept(judged("it", "Abbiamo aspettato un'ora", "webhook", 1, SentimentLabel.NEGATIVE,
                List.of(Flag.NEGATIVE))).orElseThrow();

        assertThat(draft.getSituation()).isEqualTo(Situation.COMPLAINT);
        assertThat(draft.getLanguage()).isEqualTo("it");
        assertThat(draft.getSourceType()).isEqualTo("webhook");
        assertThat(draft.getAssessment().careNote()).isNull();
        assertThat(draft.getGlossDraft()).containsIgnoringCase("thank").containsAnyOf("sorry", "apologi");
        assertThat(draft.getAssessment().glossPost())
                .contains("Italian", "rated 1/5", "NEGATIVE", "DELAY", "TEST_NEGATIVE")
                .doesNotContain("aspettato");
        assertThat(draft.isGlossCurrent()).isTrue();
    }

    @Test
    void unreasonableComplaintGetsACourteousDraftAndACareNote() {
        Draft draft = intake.accept(judged("en", "Free meals for a year or I post everywhere", "webhook", 1,
                SentimentLabel.NEGATIVE, List.of(Flag.NEGATIVE, Flag.UNREASONABLE))).orElseThrow();

        assertThat(draft.getSituation()).isEqualTo(Situation.UNREASONABLE);
        assertThat(draft.getAssessment().careNote()).contains("EXTORTION", "courteous", "do not concede");
        assertThat(draft.getText()).doesNotContain("Free meals", "apologise");
    }

    @Test
    void viralComplaintGetsTheViralWording() {
        Draft draft = intake.accept(judged("en", "Everyone look at this", "webhook", 1, SentimentLabel.NEGATIVE,
                List.of(Flag.NEGATIVE, Flag.VIRAL))).orElseThrow();

        assertThat(draft.getSituation()).isEqualTo(Situation.VIRAL);
        assertThat(draft.getText()).containsAnyOf("update", "share what we find", "keep everyone informed",
                "report back");
        assertThat(draft.getAssessment().careNote()).contains("Spreading fast");
    }

    @Test
    void positiveReviewsGetAThankYouWhenConfiguredButNotWithALowRating() {
        Draft thanks = intake.accept(judged("hu", "Nagyszerű volt", "webhook", 5, SentimentLabel.POSITIVE, List.of()))
                .orElseThrow();
        assertThat(thanks.getSituation()).isEqualTo(Situation.POSITIVE);
        assertThat(thanks.getText()).containsIgnoringCase("köszönjük");

        assertThat(intake.accept(judged("it", "Tutto ottimo!", "webhook", 1, SentimentLabel.POSITIVE, List.of())))
                .isEmpty();
        assertThat(intake.accept(judged("en", "It was ok", "webhook", null, SentimentLabel.NEUTRAL, List.of())))
                .isEmpty();
    }

    @Test
    void aLaterVersionThatTurnsNegativeGetsItsDraftOnce() {
        PostAssessed neutral = judged("en", "Hmm", "webhook", null, SentimentLabel.NEUTRAL, List.of());
        String postId = neutral.post().postId();
        assertThat(intake.accept(neutral)).isEmpty();

        PostAssessed negative = Assessments.assessed(Assessments.post(postId, 2, "en", "Actually awful"), "en",
                List.of(Flag.NEGATIVE), 70);
        assertThat(intake.accept(negative)).isPresent();
        assertThat(intake.accept(negative)).isEmpty();
        assertThat(intake.accept(Assessments.assessed(Assessments.post(postId, 3, "en", "Awful!!"), "en",
                List.of(Flag.NEGATIVE, Flag.VIRAL), 90))).isEmpty();

        List<Draft> drafts = db.draftsOf(postId);
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.getAssessment().postVersion()).isEqualTo(3);
            assertThat(d.getAssessment().careNote()).contains("Spreading fast");
        });
        // the judgement changed (VIRAL joined): audited; the text was left alone
        assertThat(audit.latest(drafts.get(0).getId(), 10)).extracting(e -> e.getAction())
                .containsExactly(AuditAction.REASSESSED, AuditAction.CREATED);
        assertThat(audit.latest(drafts.get(0).getId(), 10).get(0).getDetail()).contains("VIRAL", "priority 90");
    }

    @Test
    void draftsFitThePlatformsLimitMentionIncluded() {
        Draft tiny = intake.accept(judged("hu", "Borzalmas", "tiny", 1, SentimentLabel.NEGATIVE,
                List.of(Flag.NEGATIVE))).orElseThrow();
        assertThat(tiny.getText().codePointCount(0, tiny.getText().length())).isLessThanOrEqualTo(120);

        Draft mastodon = intake.accept(judged("it", "Pessimo", "mastodon", null, SentimentLabel.NEGATIVE,
                List.of(Flag.NEGATIVE))).orElseThrow();
        assertThat(mastodon.getText().length() + "@mario.rossi ".length()).isLessThanOrEqualTo(500);
    }
}
