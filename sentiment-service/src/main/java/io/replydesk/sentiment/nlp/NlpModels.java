package io.replydesk.sentiment.nlp;

import java.util.Map;

/**
 * Everything the analyzer reads texts with, loaded once: the language identifier, per language a
 * sentiment model, the lexicon scorer as a fast fallback, and category keywords. A language we have no
 * model for is read with the shared emoji list only.
 */
public record NlpModels(LanguageIdentifier languages, Map<String, SentimentModel> sentiment,
        Map<String, SentimentModel> quick,
        Map<String, SentimentModel> fallback, Map<String, CategoryKeywords> categories,
        Map<String, UnreasonableCues> unreasonable, Map<String, TextCues> cues, String description) {

    private static final String UNIVERSAL = Lexicon.SHARED;

    public NlpModels {
        sentiment = Map.copyOf(sentiment);
        quick = Map.copyOf(quick);
        fallback = Map.copyOf(fallback);
        categories = Map.copyOf(categories);
        unreasonable = Map.copyOf(unreasonable);
        cues = Map.copyOf(cues);
        if (!fallback.containsKey(UNIVERSAL) || !categories.containsKey(LanguageIdentifier.FALLBACK)) {
            throw new IllegalArgumentException("the universal fallback and the English keywords are required");
        }
    }

    public SentimentModel sentiment(String language) {
        return sentiment.getOrDefault(language, fallback(language));
    }

    /** The language's model without the parser: for reading single sentences. */
    public SentimentModel quick(String language) {
        return quick.getOrDefault(language, fallback(language));
    }

    /** The cheap model for a language, used when the main one runs out of time. */
    public SentimentModel fallback(String language) {
        return fallback.getOrDefault(language, fallback.get(UNIVERSAL));
    }

    /** The language's cue list; a language without one gets the English cues. */
    public UnreasonableCues unreasonable(String language) {
        return unreasonable.getOrDefault(language, unreasonable.get(LanguageIdentifier.FALLBACK));
    }

    public TextCues cues(String language) {
        return cues.getOrDefault(language, cues.get(LanguageIdentifier.FALLBACK));
    }

    public CategoryKeywords categories(String language) {
        return categories.getOrDefault(language, categories.get(LanguageIdentifier.FALLBACK));
    }
}
