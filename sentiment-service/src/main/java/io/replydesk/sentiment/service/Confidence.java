package io.replydesk.sentiment.service;

import io.replydesk.sentiment.DetectedLanguage;
import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.StarRating;
import java.util.Optional;

/**
 * How sure the judgement is, 0..1: how much evidence the text gave (known sentiment words, emoji, trained
 * features), how far the score is from the nearest label boundary, and how sure the language is. A star
 * rating is evidence of its own. A text with nothing to go on scores low: the caller should not act on
 * its label as if it were known.
 */
final class Confidence {

    static final double BOUNDARY = SentimentJudge.THRESHOLD;

    private Confidence() {
    }

    static double of(Polarity reading, DetectedLanguage language, int words, Optional<StarRating> rating) {
        if (reading.cues() == 0 && rating.isEmpty()) {
            return words == 0 ? 0.05 : 0.15;
        }
        double evidence = Math.min(1, reading.cues() / 3.0);
        double distance = Math.abs(Math.abs(reading.score()) - BOUNDARY);
        double margin = Math.min(1, distance / (Math.abs(reading.score()) < BOUNDARY ? BOUNDARY : 0.35));
        double confidence = 0.2 + 0.45 * evidence + 0.35 * margin;
        if (rating.isPresent()) {
            confidence = Math.max(confidence, 0.6);
        }
        return confidence * (0.5 + language.confidence() / 2);
    }
}
