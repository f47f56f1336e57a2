package io.replydesk.sentiment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.events.SentimentLabel;
import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.nlp.TextCues;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CueAdjustmentTest {

    /** What a trained model reads into "Évszakonként változik az étlap": negative, from topic words alone. */
    private static final Polarity TOPIC_WORDS_READ_NEGATIVE = new Polarity(-0.5, 0.1, 0.6, 6);

    private static TextCues.Reading statement(int failures) {
        return new TextCues.Reading(false, null, failures, failures, -1, 0);
    }

    private static SentimentLabel label(CueAdjustment.Adjusted adjusted, int words) {
        return SentimentJudge.judge(adjusted.polarity(), Optional.empty(), words).label();
    }

    @Test
    void aShortStatementWithoutSentimentWordsOrFailuresIsNeutral() {
        CueAdjustment.Adjusted adjusted = CueAdjustment.apply(TOPIC_WORDS_READ_NEGATIVE, statement(0), 7, false);

        assertThat(label(adjusted, 7)).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void theSameReadingKeepsItsWeightWhenTheLexiconBacksIt() {
        CueAdjustment.Adjusted adjusted = CueAdjustment.apply(TOPIC_WORDS_READ_NEGATIVE, statement(0), 7, true);

        assertThat(label(adjusted, 7)).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void aStatementNamingAFailureOrTellingALongStoryStaysNegative() {
        assertThat(label(CueAdjustment.apply(TOPIC_WORDS_READ_NEGATIVE, statement(1), 7, false), 7))
                .isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label(CueAdjustment.apply(TOPIC_WORDS_READ_NEGATIVE, statement(0), 20, false), 20))
                .isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void praiseWithASarcasmMarkerTurnsAroundWithoutANamedFailure() {
        Polarity praise = new Polarity(0.7, 0.75, 0.05, 4);
        TextCues.Reading eyeRoll = new TextCues.Reading(false, "great job", 0, 0, -1, 0);

        CueAdjustment.Adjusted adjusted = CueAdjustment.apply(praise, eyeRoll, 9, true);

        assertThat(adjusted.sarcastic()).isTrue();
        assertThat(label(adjusted, 9)).isEqualTo(SentimentLabel.NEGATIVE);
    }
}
