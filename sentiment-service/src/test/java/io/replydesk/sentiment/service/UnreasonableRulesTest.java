package io.replydesk.sentiment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.nlp.TextCues;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnreasonableRulesTest {

    /** Strong praise with a little complaint: "great haircut and a free coffee, but the magazines were old". */
    private static final Polarity PRAISE_WITH_A_LITTLE_COMPLAINT = new Polarity(0.45, 0.7, 0.2, 5);

    private static TextCues.Reading turnsOnABut(int complaintFacts) {
        return new TextCues.Reading(false, null, complaintFacts, complaintFacts, 6, 0);
    }

    @Test
    void praiseThenAButAboutSomethingNoListKnowsIsATrifleEvenWithoutStars() {
        assertThat(UnreasonableRules.isTrivial(Map.of(), PRAISE_WITH_A_LITTLE_COMPLAINT, null, false, 18,
                turnsOnABut(0))).isTrue();
    }

    @Test
    void aButAboutARealSubjectOrAGoodRatingIsNoTrifle() {
        assertThat(UnreasonableRules.isTrivial(Map.of(), PRAISE_WITH_A_LITTLE_COMPLAINT, null, false, 18,
                turnsOnABut(1))).isFalse();
        assertThat(UnreasonableRules.isTrivial(Map.of(), PRAISE_WITH_A_LITTLE_COMPLAINT, false, false, 18,
                turnsOnABut(0))).isFalse();
    }
}
