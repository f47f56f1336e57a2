package io.replydesk.sentiment.service;

import io.replydesk.events.Sentiment;
import io.replydesk.events.SentimentLabel;
import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.StarRating;
import java.util.Optional;

/**
 * Turns what a model read in the text, and the star rating if there is one, into the document's label
 * and score. Praise and complaint of similar strength make MIXED, and so do a glowing text and a bad
 * rating (or the reverse); a low rating on a real complaint is NEGATIVE whatever the words.
 */
public final class SentimentJudge {

    static final double THRESHOLD = 0.25;
    static final double TEXT_WEIGHT = 0.65;
    static final double BOTH_SIDES = 0.35;
    static final double CLEAR = 0.4;
    /** Each side's strength that, around a contrast word, makes a text MIXED. */
    static final double CONTRAST_SIDES = 0.25;
    /** Fewer words than this are no complaint to speak of ("ok", "meh", "the pasta"). */
    static final int COMPLAINT_WORDS = 3;

    private SentimentJudge() {
    }

    public static Sentiment judge(Polarity text, Optional<StarRating> rating, int words) {
        return judge(text, rating, words, false, false);
    }

    /**
     * {@code contrast}: the text turns on a "but"; with praise and complaint on either side it is MIXED.
     * {@code hostile}: a threat, insult or outsized demand, NEGATIVE however polite its words.
     */
    public static Sentiment judge(Polarity text, Optional<StarRating> rating, int words, boolean contrast,
            boolean hostile) {
        if (hostile) {
            return sentiment(SentimentLabel.NEGATIVE, Math.min(text.score(), -CLEAR));
        }
        double score = text.score();
        boolean disagree = false;
        if (rating.isPresent()) {
            double stars = rating.get().normalised();
            score = TEXT_WEIGHT * text.score() + (1 - TEXT_WEIGHT) * stars;
            disagree = text.score() >= CLEAR && stars <= -0.5 || text.score() <= -CLEAR && stars >= 0.5;
        }
        // a low rating on a text that is not praise is a complaint, even one without words ("ok", 1 star)
        if (rating.map(StarRating::isLow).orElse(false) && text.score() < THRESHOLD) {
            return sentiment(SentimentLabel.NEGATIVE, Math.min(score, -THRESHOLD));
        }
        boolean bothSides = text.positive() >= BOTH_SIDES && text.negative() >= BOTH_SIDES
                && Math.abs(text.score()) < CLEAR
                || contrast && text.positive() >= CONTRAST_SIDES && text.negative() >= CONTRAST_SIDES;
        SentimentLabel label;
        if (bothSides || disagree) {
            label = SentimentLabel.MIXED;
        } else if (score <= -THRESHOLD) {
            label = SentimentLabel.NEGATIVE;
        } else if (score >= THRESHOLD) {
            label = SentimentLabel.POSITIVE;
        } else {
            label = SentimentLabel.NEUTRAL;
        }
        return sentiment(label, score);
    }

    /** Two stars of five or fewer, on a text of some length that does not read as praise. */
    public static boolean isLowRatedComplaint(Polarity text, Optional<StarRating> rating, int words) {
        return rating.map(StarRating::isLow).orElse(false) && words >= COMPLAINT_WORDS && text.score() < THRESHOLD;
    }

    public static boolean readsNegative(Polarity text) {
        return text.score() <= -THRESHOLD;
    }

    private static Sentiment sentiment(SentimentLabel label, double score) {
        return new Sentiment(label, Math.round(Math.max(-1, Math.min(1, score)) * 1000) / 1000.0);
    }
}
