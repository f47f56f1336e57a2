package io.replydesk.sentiment.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Terms of a word list and what they stand for. A term is a word ("rude"), a stem that matches any
 * ending ("pessim*" for pessimo, pessima, pessimi...; what agglutinative Hungarian needs) or a phrase of
 * such words ("never again", "egy órát"). Matching also forgives missing accents and stretched letters.
 */
public final class TermIndex<V> {

    /** A term found at a position: its value and how many tokens it covers. */
    public record Match<V>(V value, int length, String term) {
    }

    private record Phrase<V>(String[] words, V value, String term) {
    }

    private static final int MIN_STEM = 3;

    private final Map<String, V> exact = new HashMap<>();
    private final Map<String, V> stems = new HashMap<>();
    private final Map<String, List<Phrase<V>>> phrasesByFirstWord = new HashMap<>();
    private int longestStem;

    public TermIndex<V> add(String term, V value) {
        String t = term.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty term");
        }
        if (t.contains(" ")) {
            String[] words = t.split("\\s+");
            Phrase<V> phrase = new Phrase<>(words, value, t);
            List<Phrase<V>> list = phrasesByFirstWord.computeIfAbsent(firstKey(stripStar(words[0])),
                    k -> new ArrayList<>());
            list.add(phrase);
            list.sort(Comparator.comparingInt((Phrase<V> p) -> p.words().length).reversed());
        } else if (t.endsWith("*")) {
            String stem = stripStar(t);
            if (stem.length() < MIN_STEM) {
                throw new IllegalArgumentException("stem too short to be safe: " + term);
            }
            for (String key : List.of(stem, Words.fold(stem))) {
                stems.putIfAbsent(key, value);
                longestStem = Math.max(longestStem, key.length());
            }
        } else {
            exact.putIfAbsent(t, value);
            exact.putIfAbsent(Words.fold(t), value);
        }
        return this;
    }

    public boolean isEmpty() {
        return exact.isEmpty() && stems.isEmpty() && phrasesByFirstWord.isEmpty();
    }

    /** The longest term that starts at token {@code i}, if any. */
    public Optional<Match<V>> match(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.isBreak()) {
            return Optional.empty();
        }
        List<Phrase<V>> phrases = phrasesByFirstWord.get(firstKey(token.text()));
        if (phrases != null) {
            for (Phrase<V> phrase : phrases) {
                if (phraseAt(phrase, tokens, i)) {
                    return Optional.of(new Match<>(phrase.value(), phrase.words().length, phrase.term()));
                }
            }
        }
        return word(token.text()).map(v -> new Match<>(v, 1, token.text()));
    }

    /** The value of a single word, trying it as written, without accents, squeezed, and after an elision. */
    public Optional<V> word(String word) {
        V value = lookup(word);
        if (value == null) {
            int apostrophe = word.lastIndexOf('\'');
            if (apostrophe > 0 && apostrophe < word.length() - 2) {
                value = lookup(word.substring(apostrophe + 1)); // l'attesa, dell'hotel
            }
        }
        for (int keep = 1; value == null && keep <= 2; keep++) {
            String squeezed = Words.squeeze(word, keep);
            if (squeezed != null) {
                value = lookup(squeezed);
            }
        }
        return Optional.ofNullable(value);
    }

    private V lookup(String word) {
        V value = exactOrStem(word);
        if (value == null) {
            String folded = Words.fold(word);
            if (!folded.equals(word)) {
                value = exactOrStem(folded);
            }
        }
        return value;
    }

    private V exactOrStem(String word) {
        V value = exact.get(word);
        for (int len = Math.min(word.length(), longestStem); value == null && len >= MIN_STEM; len--) {
            value = stems.get(word.substring(0, len));
        }
        return value;
    }

    private boolean phraseAt(Phrase<V> phrase, List<Token> tokens, int start) {
        String[] words = phrase.words();
        if (start + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Token t = tokens.get(start + k);
            if (t.isBreak() || !wordMatches(words[k], t.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordMatches(String pattern, String word) {
        if (pattern.endsWith("*")) {
            String stem = stripStar(pattern);
            return word.startsWith(stem) || Words.fold(word).startsWith(Words.fold(stem));
        }
        return pattern.equals(word) || Words.fold(pattern).equals(Words.fold(word));
    }

    /** Phrases are filed under the first letters of their first word, so a stem can lead a phrase. */
    private static String firstKey(String word) {
        String folded = Words.fold(word);
        return folded.substring(0, Math.min(MIN_STEM, folded.length()));
    }

    private static String stripStar(String word) {
        return word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
    }
}
