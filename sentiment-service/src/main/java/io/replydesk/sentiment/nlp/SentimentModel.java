package io.replydesk.sentiment.nlp;

import io.replydesk.sentiment.Polarity;

/** Reads the polarity of a plain text in one language; implementations are thread-safe and replaceable. */
public interface SentimentModel {

    /** ISO 639-1 code of the language this model reads. */
    String language();

    Polarity polarity(String text);
}
