package io.replydesk.sentiment.nlp;

import io.replydesk.sentiment.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        List<Token> tokens = Words.of(text);
        Map<Category, Integer> hits = new EnumMap<>(Category.class);
        Map<Category, Integer> first = new EnumMap<>(Category.class);
        for (int i = 0; i < tokens.size(); i++) {
            Optional<TermIndex.Match<Category>> match = keywords.match(tokens, i);
            if (match.isPresent()) {
                Category category = match.get().value();
                hits.merge(category, 1, Integer::sum);
                first.putIfAbsent(category, i);
                i += match.get().length() - 1;
            }
        }
        return hits.keySet().stream()
                .max((a, b) -> hits.get(a).equals(hits.get(b))
                        ? Integer.compare(first.get(b), first.get(a))
                        : Integer.compare(hits.get(a), hits.get(b)))
                .orElse(Category.OTHER);
    }

    private void read(String language) {
        String resource = "categories/" + language + ".txt";
        InputStream in = CategoryKeywords.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return; // a language without its own list still gets the English one
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int space = l.indexOf(' ');
                if (space < 0) {
                    throw new IllegalStateException(resource + ": expected 'CATEGORY term': " + l);
                }
                keywords.add(l.substring(space + 1), Category.valueOf(l.substring(0, space)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
