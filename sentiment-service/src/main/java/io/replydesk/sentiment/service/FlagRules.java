package io.replydesk.sentiment.service;

import io.replydesk.events.Flag;
import io.replydesk.events.Reason;
import io.replydesk.events.Sentiment;
import io.replydesk.events.SentimentLabel;
import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.StarRating;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which flags a post gets and why: NEGATIVE for a negative post and for a MIXED one with a real complaint in
 * it. VIRAL (engagement history) and UNREASONABLE (trivial or abusive grievances) come with their own rules.
 */
public final class FlagRules {

    public static final String NEGATIVE_SENTIMENT = "NEGATIVE_SENTIMENT";
    public static final String LOW_RATING = "LOW_RATING";
    /** How much complaint a MIXED text must hold to be flagged: one side of a "but" (as in SentimentJudge). */
    static final double MIXED_COMPLAINT = SentimentJudge.CONTRAST_SIDES;

    private FlagRules() {
    }

    public static final String SARCASM = "SARCASM";

    public static List<Reason> reasons(Sentiment sentiment, Polarity text, Optional<StarRating> rating, int words) {
        return reasons(sentiment, text, rating, words, false);
    }

    public static List<Reason> reasons(Sentiment sentiment, Polarity text, Optional<StarRating> rating, int words,
            boolean sarcastic) {
        return reasons(sentiment, text, rating, words, sarcastic, false);
    }

    /**
     * {@code trifle}: the only grievance is a trifle; a MIXED post about one is a complaint only with a low
     * rating (two stars for a square slice), otherwise there is nothing to put right.
     */
    public static List<Reason> reasons(Sentiment sentiment, Polarity text, Optional<StarRating> rating, int words,
            boolean sarcastic, boolean trifle) {
        if (sentiment.label() == SentimentLabel.MIXED) {
            return mixed(text, rating, trifle);
        }
        if (sentiment.label() != SentimentLabel.NEGATIVE) {
            return List.of();
        }
        List<Reason> reasons = new ArrayList<>();
        if (sarcastic) {
            reasons.add(new Reason(Flag.NEGATIVE, SARCASM,
                    "praise words used to mock a failure (sarcasm): read as a complaint"));
        }
        if (SentimentJudge.readsNegative(text)) {
            reasons.add(new Reason(Flag.NEGATIVE, NEGATIVE_SENTIMENT,
                    "the text reads negative (score " + format(text.score()) + ")"));
        }
        if (rating.isPresent() && rating.get().isLow()) {
            boolean complaint = SentimentJudge.isLowRatedComplaint(text, rating, words);
            reasons.add(new Reason(Flag.NEGATIVE, LOW_RATING,
                    "rated " + rating.get() + (complaint ? " with a complaint" : "")));
        }
        if (reasons.isEmpty()) {
            reasons.add(new Reason(Flag.NEGATIVE, NEGATIVE_SENTIMENT, (rating.isPresent()
                    ? "text and rating together read negative" : "the post as a whole reads negative")
                    + " (score " + format(sentiment.score()) + ")"));
        }
        return reasons;
    }

    /**
     * Praise beside a complaint still owes the complaint an answer ("great food, but the toilets were filthy"); a
     * glowing text with a bad rating and no complaint in its words has nothing to answer.
     */
    private static List<Reason> mixed(Polarity text, Optional<StarRating> rating, boolean trifle) {
        boolean low = rating.map(StarRating::isLow).orElse(false);
        if (trifle) {
            return low ? List.of(new Reason(Flag.NEGATIVE, LOW_RATING, "rated " + rating.get() + " for a trifle"))
                    : List.of();
        }
        if (text.negative() >= MIXED_COMPLAINT || text.score() <= -SentimentJudge.CLEAR) {
            return List.of(new Reason(Flag.NEGATIVE, NEGATIVE_SENTIMENT, "praise beside a complaint (complaint "
                    + format(text.negative()) + ", praise " + format(text.positive()) + "): answer the complaint"));
        }
        return List.of();
    }

    public static List<Flag> flags(List<Reason> reasons) {
        return reasons.stream().map(Reason::flag).distinct().toList();
    }

    private static String format(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
