package io.replydesk.sentiment.nlp;

import io.replydesk.sentiment.Polarity;

/**
 * Reads a text with the fast model first and sends it to the slow one (CoreNLP's parser and sentiment
 * model) only when the fast reading is unsure: weak, or resting on too few known words. Most short posts
 * are clear either way, so the parser, many times slower, sees the minority that needs it.
 */
public final class CascadeSentiment implements SentimentModel {

    /** From this strength on, with enough cues, the fast reading stands. */
    static final double SURE = 0.45;
    static final int MIN_CUES = 2;

    private final SentimentModel fast;
    private final SentimentModel slow;

    public CascadeSentiment(SentimentModel fast, SentimentModel slow) {
        this.fast = fast;
        this.slow = slow;
    }

    @Override
    public String language() {
        return fast.language();
    }

    @Override
    public Polarity polarity(String text) {
        Polarity quick = fast.polarity(text);
        if (isSure(quick)) {
            return quick;
        }
        return RuleAssistedSentiment.combine(slow.polarity(text), quick);
    }

    static boolean isSure(Polarity reading) {
        return Math.abs(reading.score()) >= SURE && reading.cues() >= MIN_CUES;
    }
}
