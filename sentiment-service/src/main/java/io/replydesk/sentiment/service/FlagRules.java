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
 * Which flags a post gets and why. This slice raises NEGATIVE only; VIRAL (engagement history) and
 * UNREASONABLE (trivial or abusive grievances) come with their own rules.
 */
public final class FlagRules {

    public static final String NEGATIVE_SENTIMENT = "NEGATIVE_SENTIMENT";
    public static final String LOW_RATING = "LOW_RATING";

    private FlagRules() {
    }

    public static final String SARCASM = "SARCASM";

    public static List<Reason> reasons(Sentiment sentiment, Polarity text, Optional<StarRating> rating, int words) {
        return reasons(sentiment, text, rating, words, false);
    }

    public static List<Reason> reasons(Sentiment sentiment, Polarity text, Optional<StarRating> rating, int words,
            boolean sarcastic) {
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

    public static List<Flag> flags(List<Reason> reasons) {
        return reasons.stream().map(Reason::flag).distinct().toList();
    }

    private static String format(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
