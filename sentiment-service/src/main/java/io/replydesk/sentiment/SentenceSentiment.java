package io.replydesk.sentiment;

import io.replydesk.events.SentimentLabel;

/** One sentence of a post and how it reads on its own. */
public record SentenceSentiment(String text, SentimentLabel label, double score) {
}
