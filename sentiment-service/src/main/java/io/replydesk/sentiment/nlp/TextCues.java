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

    /** What {@link #read} found. {@code sarcasm} is the marker as written, or null. */
    public record Reading(boolean question, String sarcasm, int complaintFacts, boolean contrast) {
    }

    /** A short phrase in quotes, as in: the "fresh" bread, la "consegna in 24 ore". */
    private static final Pattern SCARE_QUOTES = Pattern.compile(
            "[\"“„«‘]\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}' -]{0,28}[\\p{L}\\p{N}]|[\\p{L}\\p{N}])\\s*[\"”»’]");

    private final Lexicon lexicon;
    private final CategoryKeywords categories;

    public TextCues(Lexicon lexicon, CategoryKeywords categories) {
        this.lexicon = lexicon;
        this.categories = categories;
    }

    public Reading read(String text, List<Token> tokens) {
        return new Reading(isQuestion(tokens), sarcasm(text, tokens), categories.complaintHits(tokens),
                find(lexicon.contrasts(), tokens).isPresent());
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
        return quoted.find() && quoted.group(1).split(" ").length <= 4 ? quoted.group() : null;
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
