package io.replydesk.sentiment.nlp;

import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import io.replydesk.sentiment.Polarity;
import java.util.List;
import java.util.Optional;

/**
 * What the trained classifier sees of a text: accent-folded words and bigrams, with words inside a
 * negation's scope kept apart ("non buono" is not "buono"), word beginnings for Hungarian and Italian
 * endings ("rossz", "rosszul", "rosszabb" share "rossz"), emoji, and the lexicon's reading as three real
 * values. Training and judging must extract exactly the same way, so both go through here;
 * {@link #VERSION} changes whenever the extraction does, which forces a retraining.
 */
public final class TextFeatures {

    public static final int VERSION = 2;
    static final int STEM = 5;

    private final Lexicon lexicon;
    private final LexiconSentiment lexiconScorer;

    public TextFeatures(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.lexiconScorer = new LexiconSentiment(lexicon);
    }

    public Counter<String> of(String text) {
        List<Token> tokens = Words.of(text);
        Counter<String> features = new ClassicCounter<>();
        features.setCount("x:bias", 1);
        int negatedUntil = -1;
        String previous = "<s>";
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isBreak()) {
                negatedUntil = -1;
                previous = "<s>";
                if (token.isExclamation()) {
                    features.setCount("x:exclaim", 1);
                }
                continue;
            }
            if (token.kind() == Token.Kind.SYMBOL) {
                features.setCount("e:" + token.text(), 1);
                continue;
            }
            Optional<TermIndex.Match<Boolean>> negator = lexicon.negators().match(tokens, i);
            String word = Words.fold(token.text());
            if (negator.isPresent()) {
                negatedUntil = i + negator.get().length() + LexiconSentiment.NEGATION_SCOPE - 1;
                features.setCount("w:" + word, 1);
                previous = word;
                continue;
            }
            String scope = negatedUntil >= i ? "n" : "w";
            features.setCount(scope + ":" + word, 1);
            if (word.length() > STEM + 1) {
                features.setCount(scope + "s:" + word.substring(0, STEM), 1);
            }
            features.setCount("b:" + previous + "_" + word, 1);
            if (token.shouted()) {
                features.setCount("x:shout", 1);
            }
            previous = word;
        }
        Polarity reading = lexiconScorer.polarity(text);
        features.setCount("lex:score", reading.score());
        features.setCount("lex:pos", reading.positive());
        features.setCount("lex:neg", reading.negative());
        return features;
    }
}
