package io.replydesk.response.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.response.Assessments;
import io.replydesk.response.Situation;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class ReplyPlaybookTest {

    @Inject
    ReplyPlaybook playbook;

    private static PostAssessed post(String assessedLanguage, String platformLanguage, String text) {
        return Assessments.assessed(Assessments.post(Assessments.newPostId(), 1, platformLanguage, text),
                assessedLanguage, List.of(Flag.NEGATIVE), 50);
    }

    private ReplyPlaybook.Reply complaint(PostAssessed assessed) {
        return playbook.draft(assessed, Situation.COMPLAINT, OptionalInt.empty());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "it,     null, it",
        "hu,     en,   hu",
        "en,     it,   en",
        "IT-it,  null, it",
        "fr,     it,   en",
        "de,     null, en",
        "null,   hu,   hu",
        "null,   null, en",
        "'  ',   it_IT, it"
    })
    void writesInThePostsLanguageOrEnglish(String assessed, String platform, String expected) {
        assertThat(complaint(post(assessed, platform, "Servizio pessimo")).language()).isEqualTo(expected);
    }

    @Test
    void apologisesInTheLanguageItNames() {
        for (int i = 0; i < 30; i++) {
            assertThat(complaint(post("it", null, "x")).text()).containsAnyOf("scus", "spiacenti", "dispiace");
            assertThat(complaint(post("hu", null, "x")).text()).containsAnyOf("sajnáljuk", "elnézést", "bocsánat");
            assertThat(complaint(post("en", null, "x")).text()).containsAnyOf("sorry", "apologi");
        }
    }

    @Test
    void complaintThanksApologisesSaysWhatWillBeDoneAndOffersAPrivateChannel() {
        for (int i = 0; i < 30; i++) {
            String text = complaint(post("en", null, "Terrible")).text();
            assertThat(text).containsIgnoringCase("thank");
            assertThat(text).containsAnyOf("sorry", "apologi");
            assertThat(text).containsAnyOf("checking", "reported", "reviewing", "shared");
            assertThat(text).containsAnyOf("private", "direct message");
        }
    }

    @Test
    void unreasonableComplaintStaysCourteousWithoutAdmittingFault() {
        for (int i = 0; i < 30; i++) {
            String text = playbook.draft(post("en", null, "Give me free meals or else"), Situation.UNREASONABLE,
                    OptionalInt.empty()).text();
            assertThat(text).containsIgnoringCase("thank").containsAnyOf("private", "direct message");
            // regret for the disappointment, never an admission: no "we let you down", "should not have happened"
            assertThat(text).doesNotContain("let you down", "should not have happened", "apologise", "apologies",
                    "make it up", "make this right");
        }
    }

    @Test
    void positiveReviewIsThankedWithoutApology() {
        String text = playbook.draft(post("en", null, "Lovely"), Situation.POSITIVE, OptionalInt.empty()).text();
        assertThat(text).containsIgnoringCase("thank").doesNotContain("sorry", "apologi", "private");
    }

    @ParameterizedTest
    @EnumSource(Situation.class)
    void theEnglishGlossIsTheSameReplyFromTheEnglishTemplates(Situation situation) {
        PostAssessed italian = post("it", null, "Pessimo");
        PostAssessed sameInEnglish = Assessments.assessed(italian.post(), "en", italian.flags(), 50);

        ReplyPlaybook.Reply reply = playbook.draft(italian, situation, OptionalInt.empty());

        assertThat(reply.language()).isEqualTo("it");
        assertThat(reply.englishGloss())
                .isEqualTo(playbook.draft(sameInEnglish, situation, OptionalInt.empty()).text())
                .isNotEqualTo(reply.text());
    }

    @Test
    void samePostAlwaysGetsTheSameWordingButPostsDiffer() {
        PostAssessed one = post("it", null, "Pessimo");
        assertThat(complaint(one)).isEqualTo(complaint(one));

        Set<String> texts = new HashSet<>();
        IntStream.range(0, 40).forEach(i -> texts.add(complaint(post("it", null, "Pessimo")).text()));
        assertThat(texts).hasSizeGreaterThan(10);
    }

    @Test
    void neverEvaluatesNorRepeatsThePost() {
        String hostile = "{post.text} {#include secrets/} {author.displayName} ${replydesk.admin-password} idiots!";
        PostAssessed assessed = post("en", null, hostile);

        for (Situation situation : Situation.values()) {
            String text = playbook.draft(assessed, situation, OptionalInt.empty()).text();
            assertThat(text).doesNotContain("{", "}", "$", "#include", "idiots", "post.text");
            assertThat(text).doesNotContain("Mario", "Rossi", "mario.rossi");
        }
    }

    @Test
    void categoryPicksItsOwnAcknowledgementAndAction() {
        PostAssessed quality = post("en", null, "Broken");
        PostAssessed delay = Assessments.withCategory(quality, "DELAY");
        PostAssessed unknown = Assessments.withCategory(quality, "SOMETHING_NEW");

        assertThat(complaint(delay).text()).containsAnyOf("wait", "timing");
        assertThat(complaint(unknown).text()).isNotBlank().isNotEqualTo(complaint(quality).text());
    }

    @Test
    void keepsWithinThePlatformsLimit() {
        for (int limit : List.of(60, 120, 200, 300)) {
            for (int i = 0; i < 10; i++) {
                PostAssessed assessed = post(i % 2 == 0 ? "hu" : "it", null, "Borzalmas");
                ReplyPlaybook.Reply reply = playbook.draft(assessed, Situation.COMPLAINT, OptionalInt.of(limit));
                assertThat(reply.text().codePointCount(0, reply.text().length())).isLessThanOrEqualTo(limit);
                assertThat(reply.text()).isNotBlank();
            }
        }
    }
}
