package io.replydesk.sentiment.service;

import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.nlp.TextCues;

/**
 * Corrects what word-level models get wrong about how a text is meant. Sarcasm turns praise words around
 * when they come with a marker and a concrete failure ("Great, another hour waiting 🙄"). A question
 * mostly asks rather than judges. Named failures ("cancelled", "charged twice", "still waiting") count
 * against a text that says them flatly, without strong words.
 */
public final class CueAdjustment {

    /** The adjusted reading, and whether sarcasm turned it around. */
    public record Adjusted(Polarity polarity, boolean sarcastic) {
    }

    static final double QUESTION_DAMPING = 0.35;
    static final double PER_FACT = 0.12;
    static final int MAX_FACTS = 3;

    private CueAdjustment() {
    }

    public static Adjusted apply(Polarity p, TextCues.Reading cues) {
        if (cues.sarcasm() != null && p.score() > 0.05 && (cues.complaintFacts() >= 1 || p.negative() >= 0.15)) {
            double score = -Math.max(0.35, 0.6 * p.score());
            return new Adjusted(new Polarity(score, p.positive() * 0.3, Math.max(p.negative(), p.positive()),
                    p.cues() + 1), true);
        }
        if (cues.question() && Math.abs(p.score()) < 0.6) {
            return new Adjusted(new Polarity(p.score() * QUESTION_DAMPING, p.positive() * QUESTION_DAMPING,
                    p.negative() * QUESTION_DAMPING, p.cues()), false);
        }
        if (!cues.question() && cues.complaintFacts() > 0 && p.score() < 0.3 && p.positive() < 0.35) {
            double push = PER_FACT * Math.min(MAX_FACTS, cues.complaintFacts());
            return new Adjusted(new Polarity(p.score() - push, p.positive(), p.negative() + push, p.cues() + 1), false);
        }
        return new Adjusted(p, false);
    }
}
