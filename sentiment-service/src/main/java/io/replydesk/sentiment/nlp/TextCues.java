package io.replydesk.sentiment.nlp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues about how a text means its words, beyond their polarity: whether it mostly asks, whether it mocks
 * (an eye-roll emoji, "oh great", a word in scare quotes), how many concrete failures it names (from the
 * category keywords) and whether it turns on a contrast word ("but", "però", "viszont").
 */
public final class TextCues {

    /**
     * What {@link #read} found. {@code sarcasm} is the marker as written, or null; {@code complaintFacts} counts
     * category keywords, subjects included ("parcel"), {@code failures} only those of something gone wrong
     * ("never arrived"); {@code contrastAt} the token
     * index of the first contrast word, or -1; {@code failuresAfterTurn} how many things gone wrong the text names
     * after it ("lovely staff, but the soup was cold": one).
     */
    public record Reading(boolean question, String sarcasm, int complaintFacts, int failures, int contrastAt,
            int failuresAfterTurn) {

        public boolean contrast() {
            return contrastAt >= 0;
        }
    }

    /** A short phrase in quotes, as in: the "fresh" bread, la "consegna in 24 ore". */
    private static final Pattern SCARE_QUOTES = Pattern.compile(
            "[\"“„«‘]\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}' -]{0,28}[\\p{L}\\p{N}]|[\\p{L}\\p{N}])\\s*[\"”»’]"
                    // plain apostrophes as quotes ('next day'), but never the one inside a word (don't, l'app)
                    + "|(?<![\\p{L}\\p{N}])'([\\p{L}\\p{N}][\\p{L}\\p{N} -]{0,28}[\\p{L}\\p{N}])'(?![\\p{L}\\p{N}])");

    private final Lexicon lexicon;
    private final CategoryKeywords categories;

    public TextCues(Lexicon lexicon, CategoryKeywords categories) {
        this.lexicon = lexicon;
        this.categories = categories;
    }

    public Reading read(String text, List<Token> tokens) {
        int turn = position(lexicon.contrasts(), tokens);
        CategoryKeywords.Failures failures = categories.failureHits(tokens, turn);
        return new Reading(isQuestion(tokens), sarcasm(text, tokens), categories.complaintHits(tokens),
                failures.total(), turn, failures.afterTurn());
    }

    /** Most of its sentences end in a question mark. */
    static boolean isQuestion(List<Token> tokens) {
        int sentences = 0;
        int questions = 0;
        boolean words = false;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean end = i == tokens.size() || tokens.get(i).kind() == Token.Kind.SENTENCE_BREAK;
            if (end && words) {
                sentences++;
                if (i < tokens.size() && tokens.get(i).isQuestionMark()) {
                    questions++;
                }
                words = false;
            } else if (!end && tokens.get(i).isWord()) {
                words = true;
            }
        }
        return questions > 0 && questions * 2 >= sentences;
    }

    private String sarcasm(String text, List<Token> tokens) {
        Optional<String> marker = find(lexicon.sarcasm(), tokens);
        if (marker.isPresent()) {
            return marker.get();
        }
        Matcher quoted = SCARE_QUOTES.matcher(text);
        if (!quoted.find()) {
            return null;
        }
        String phrase = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
        return phrase.split(" ").length <= 4 ? quoted.group() : null;
    }

    private static int position(TermIndex<Boolean> index, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (index.match(tokens, i).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> find(TermIndex<Boolean> index, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Optional<TermIndex.Match<Boolean>> match = index.match(tokens, i);
            if (match.isPresent()) {
                return Optional.of(match.get().term());
            }
        }
        return Optional.empty();
    }
}
