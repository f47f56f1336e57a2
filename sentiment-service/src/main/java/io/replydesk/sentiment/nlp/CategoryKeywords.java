package io.replydesk.sentiment.nlp;

import io.replydesk.sentiment.Category;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A first guess at what a post is about, from keyword lists per language ({@code categories/<lang>.txt},
 * lines {@code CATEGORY term}). English keywords count in every language, since they turn up everywhere.
 */
public final class CategoryKeywords {

    private final TermIndex<Category> keywords = new TermIndex<>();
    /** The keywords that name something gone wrong ("cold", "cancelled"), not just a subject ("soup"). */
    private final TermIndex<Category> failures = new TermIndex<>();

    private CategoryKeywords() {
    }

    public static CategoryKeywords load(String language) {
        CategoryKeywords categories = new CategoryKeywords();
        if (!"en".equals(language)) {
            categories.read(language);
        }
        categories.read("en");
        return categories;
    }

    /** The category with the most keyword hits; on a tie, the one mentioned first; OTHER without any. */
    public Category guess(String text) {
        return guess(Words.of(text));
    }

    public Category guess(List<Token> tokens) {
        return guess(tokens, -1);
    }

    /**
     * As {@link #guess(List)}, with the keywords from token {@code turn} on (the first "but", or -1) counting
     * double: "great food, but the waiter was rude" is about the waiter.
     */
    public Category guess(List<Token> tokens, int turn) {
        return guess(tokens, turn, false);
    }

    /**
     * As {@link #guess(List, int)}; with {@code demand} (a threat or an outsized demand) the money words do not
     * count: "refund", "free", "money back" are what the post asks for, not what went wrong with the booking.
     */
    public Category guess(List<Token> tokens, int turn, boolean demand) {
        Map<Category, Integer> hits = new EnumMap<>(Category.class);
        Map<Category, Integer> first = new EnumMap<>(Category.class);
        for (int i = 0; i < tokens.size(); i++) {
            Optional<TermIndex.Match<Category>> match = keywords.match(tokens, i);
            if (match.isPresent()) {
                Category category = match.get().value();
                if (!demand || category != Category.BILLING) {
                    hits.merge(category, turn >= 0 && i > turn ? 2 : 1, Integer::sum);
                    first.putIfAbsent(category, i);
                }
                i += match.get().length() - 1;
            }
        }
        return hits.keySet().stream()
                .max((a, b) -> hits.get(a).equals(hits.get(b))
                        ? Integer.compare(first.get(b), first.get(a))
                        : Integer.compare(hits.get(a), hits.get(b)))
                .orElse(Category.OTHER);
    }

    /** How many keywords of a concrete failure or its subject (anything but OTHER) the text holds. */
    public int complaintHits(List<Token> tokens) {
        int hits = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Optional<TermIndex.Match<Category>> match = keywords.match(tokens, i);
            if (match.isPresent()) {
                hits += match.get().value() == Category.OTHER ? 0 : 1;
                i += match.get().length() - 1;
            }
        }
        return hits;
    }

    /** Keywords of something gone wrong (not a mere subject): in the whole text, and after token {@code turn}. */
    public record Failures(int total, int afterTurn) {
    }

    /** Counts {@link Failures} in one pass; {@code turn} is the first "but", or -1. */
    public Failures failureHits(List<Token> tokens, int turn) {
        int total = 0;
        int after = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Optional<TermIndex.Match<Category>> match = failures.match(tokens, i);
            if (match.isPresent()) {
                if (match.get().value() != Category.OTHER) {
                    total++;
                    after += turn >= 0 && i > turn ? 1 : 0;
                }
                i += match.get().length() - 1;
            }
        }
        return new Failures(total, after);
    }

    private void read(String language) {
        // a language without its own list still gets the English one
        KeywordFile.read("categories/" + language + ".txt", Category.class, keywords, failures);
    }
}
