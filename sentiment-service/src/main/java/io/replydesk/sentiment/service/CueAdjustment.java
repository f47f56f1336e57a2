package io.replydesk.sentiment.service;

import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.nlp.TextCues;

/**
 * Corrects what word-level models get wrong about how a text is meant. Sarcasm turns praise words around
 * when they come with a marker ("Great, another hour waiting 🙄"), also without a failure named in words the
 * keyword lists know ("great job, the next-day delivery is on day nine"). A question
 * mostly asks rather than judges. Named failures ("cancelled", "charged twice", "still waiting") count
 * against a text that says them flatly, without strong words, and one named after a "but" gives praise its
 * complaint side.
 */
public final class CueAdjustment {

    /** The adjusted reading, and whether sarcasm turned it around. */
    public record Adjusted(Polarity polarity, boolean sarcastic) {
    }

    static final double QUESTION_DAMPING = 0.35;
    /**
     * Up to this strength a question's reading is damped. The trained models read some plain questions they
     * have few words for ("Van parkolója a szállodának?") near -0.7; angrier questions keep their reading.
     */
    static final double QUESTION_UNSURE = 0.75;
    static final double PER_FACT = 0.12;
    static final int MAX_FACTS = 3;
    /**
     * What is left of a negative reading of a short text in which the lexicon finds no sentiment word and that
     * names nothing gone wrong: a plain statement ("card only from next week"). The trained Italian and
     * Hungarian models read such texts from their topic words, often strongly negative, with nothing in the
     * text to back it. Praise is left alone: the lexicon misses much praise ("molto più comodo") that the model
     * reads right, and a neutral post read as praise costs nobody a reply.
     */
    static final double PLAIN_DAMPING = 0.45;
    /** Longer texts without a sentiment word are mostly complaints told as a story ("tracking says delivered, ..."). */
    static final int PLAIN_WORDS = 12;
    /** The complaint side a named failure after a "but" gives a text whose words read it flat. */
    static final double TURN_COMPLAINT = 0.3;

    private CueAdjustment() {
    }

    public static Adjusted apply(Polarity p, TextCues.Reading cues) {
        return apply(p, cues, 0, true);
    }

    /** {@code sentimentWords}: whether the lexicon found any word, emoji or mark of sentiment in the text. */
    public static Adjusted apply(Polarity p, TextCues.Reading cues, int words, boolean sentimentWords) {
        if (cues.sarcasm() != null && p.score() > 0.05) {
            double score = -Math.max(0.35, 0.6 * p.score());
            return new Adjusted(new Polarity(score, p.positive() * 0.3, Math.max(p.negative(), p.positive()),
                    p.cues() + 1), true);
        }
        // "lovely teacher, but they charged my card twice": praise, then a failure the lexicon has no strong word for
        if (!cues.question() && cues.failuresAfterTurn() > 0 && p.positive() >= SentimentJudge.CONTRAST_SIDES
                && p.negative() < TURN_COMPLAINT) {
            double push = TURN_COMPLAINT - p.negative();
            return new Adjusted(new Polarity(p.score() - push, p.positive(), TURN_COMPLAINT, p.cues() + 1), false);
        }
        if (cues.question() && Math.abs(p.score()) < QUESTION_UNSURE) {
            return new Adjusted(damp(p, QUESTION_DAMPING), false);
        }
        if (!sentimentWords && cues.failures() == 0 && p.score() < 0 && words <= PLAIN_WORDS) {
            return new Adjusted(damp(p, PLAIN_DAMPING), false);
        }
        // a subject alone ("collected my parcel") is no failure; what went wrong is ("the parcel never came")
        if (!cues.question() && cues.failures() > 0 && p.score() < 0.3 && p.positive() < 0.35) {
            double push = PER_FACT * Math.min(MAX_FACTS, cues.failures());
            return new Adjusted(new Polarity(p.score() - push, p.positive(), p.negative() + push, p.cues() + 1), false);
        }
        return new Adjusted(p, false);
    }

    private static Polarity damp(Polarity p, double factor) {
        return new Polarity(p.score() * factor, p.positive() * factor, p.negative() * factor, p.cues());
    }
}
