package io.replydesk.sentiment.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A curated sentiment word list of one language, read from {@code lexicon/<language>.lex} plus the shared
 * {@code lexicon/emoji.lex}. Sections: {@code [terms]} term and valence -3..3, {@code [negators]},
 * {@code [boosters]} term and multiplier, {@code [contrast]} (words such as "but" that shift the weight
 * to what follows), {@code [sarcasm]} (praise used to mock: "oh great", "complimenti per"). Blank lines and {@code #} comments are ignored.
 */
public record Lexicon(String language, TermIndex<Double> terms, TermIndex<Boolean> negators,
        TermIndex<Double> boosters, TermIndex<Boolean> contrasts, TermIndex<Boolean> sarcasm) {

    public static final String SHARED = "emoji";

    public static Lexicon load(String language) {
        Lexicon lexicon = new Lexicon(language, new TermIndex<>(), new TermIndex<>(), new TermIndex<>(),
                new TermIndex<>(), new TermIndex<>());
        lexicon.read(SHARED);
        if (!SHARED.equals(language)) {
            lexicon.read(language);
        }
        return lexicon;
    }

    private void read(String name) {
        String resource = "lexicon/" + name + ".lex";
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing word list " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String section = "terms";
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l.substring(1, l.length() - 1);
                    continue;
                }
                try {
                    add(section, l);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private void add(String section, String line) {
        switch (section) {
            case "terms" -> terms.add(term(line), number(line));
            case "boosters" -> boosters.add(term(line), number(line));
            case "negators" -> negators.add(line, Boolean.TRUE);
            case "contrast" -> contrasts.add(line, Boolean.TRUE);
            case "sarcasm" -> sarcasm.add(line, Boolean.TRUE);
            default -> throw new IllegalArgumentException("unknown section [" + section + "]");
        }
    }

    /** Everything before the last whitespace: terms may be phrases. */
    private static String term(String line) {
        int split = lastSpace(line);
        return line.substring(0, split).strip();
    }

    private static double number(String line) {
        return Double.parseDouble(line.substring(lastSpace(line) + 1));
    }

    private static int lastSpace(String line) {
        int split = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
        if (split < 0) {
            throw new IllegalArgumentException("expected a term and a number: " + line);
        }
        return split;
    }
}
