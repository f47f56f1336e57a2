package io.replydesk.response.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.response.Assessments;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyPlaybookTest {

    private final ReplyPlaybook playbook = new ReplyPlaybook();

    private static PostAssessed post(String assessedLanguage, String platformLanguage, String text) {
        return Assessments.assessed(Assessments.post(Assessments.newPostId(), 1, platformLanguage, text),
                assessedLanguage, List.of(Flag.NEGATIVE), 50);
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
        assertThat(playbook.draft(post(assessed, platform, "Servizio pessimo")).language()).isEqualTo(expected);
    }

    @Test
    void apologisesInTheLanguageItNames() {
        for (int i = 0; i < 30; i++) {
            assertThat(playbook.draft(post("it", null, "x")).text()).containsAnyOf("scus", "spiacenti", "dispiace");
            assertThat(playbook.draft(post("hu", null, "x")).text()).containsAnyOf("sajnáljuk", "elnézést", "bocsánat");
            assertThat(playbook.draft(post("en", null, "x")).text()).containsAnyOf("sorry", "apologi");
        }
    }

    @Test
    void thanksApologisesAndOffersAPrivateChannel() {
        for (int i = 0; i < 30; i++) {
            String text = playbook.draft(post("en", null, "Terrible")).text();
            assertThat(text).containsIgnoringCase("thank");
            assertThat(text).containsAnyOf("sorry", "apologi");
            assertThat(text).containsAnyOf("private", "direct message");
        }
    }

    @Test
    void samePostAlwaysGetsTheSameWordingButPostsDiffer() {
        PostAssessed one = post("it", null, "Pessimo");
        assertThat(playbook.draft(one)).isEqualTo(playbook.draft(one));

        Set<String> texts = new HashSet<>();
        IntStream.range(0, 40).forEach(i -> texts.add(playbook.draft(post("it", null, "Pessimo")).text()));
        assertThat(texts).hasSizeGreaterThan(10);
    }

    @Test
    void neverEvaluatesNorRepeatsThePost() {
        String hostile = "{post.text} {#include secrets/} {author.displayName} ${replydesk.admin-password} idiots!";
        PostAssessed assessed = post("en", null, hostile);

        String text = playbook.draft(assessed).text();

        assertThat(text).doesNotContain("{", "}", "$", "#include", "idiots", "post.text");
        assertThat(text).doesNotContain("Mario", "Rossi", "mario.rossi");
    }

    @Test
    void categoryChangesOnlyTheAcknowledgement() {
        PostAssessed quality = post("en", null, "Broken");
        PostAssessed other = new PostAssessed(quality.eventId(), quality.type(), quality.schemaVersion(),
                quality.occurredAt(), quality.observedEventId(), quality.post(), quality.language(),
                quality.languageConfidence(), quality.sentiment(), quality.flags(), quality.reasons(), "SOMETHING_NEW",
                quality.priority());

        String withCategory = playbook.draft(quality).text();
        String fallback = playbook.draft(other).text();

        assertThat(fallback).isNotBlank();
        assertThat(withCategory).isNotEqualTo(fallback);
    }
}
