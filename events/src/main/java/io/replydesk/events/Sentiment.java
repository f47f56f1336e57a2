package io.replydesk.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sentiment judgement: label, a score in [-1, 1] and how sure the judge is of it, in [0, 1] (null when
 * the producer did not say). A low confidence means "could not judge this text well", not "neutral".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sentiment(SentimentLabel label, double score, Double confidence) {

    public Sentiment(SentimentLabel label, double score) {
        this(label, score, null);
    }

    public Sentiment withConfidence(double confidence) {
        return new Sentiment(label, score, Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0);
    }
}
