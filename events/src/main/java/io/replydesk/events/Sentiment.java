package io.replydesk.events;

/** A sentiment judgement: label and a score in [-1, 1]. */
public record Sentiment(SentimentLabel label, double score) {
}
