package io.replydesk.sentiment.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a keyword list of lines {@code NAME term} ({@code stem*} matches any ending, phrases allowed,
 * {@code #} comments) into a term index whose values are an enum's constants. A term written {@code ~term}
 * only names a subject ("parcel", "waiter"), not something gone wrong; see {@link #read(String, Class,
 * TermIndex, TermIndex)}.
 */
final class KeywordFile {

    private KeywordFile() {
    }

    /** Adds the file's terms to {@code index}; false when there is no such file. */
    static <E extends Enum<E>> boolean read(String resource, Class<E> type, TermIndex<E> index) {
        return read(resource, type, index, index);
    }

    /** Adds every term to {@code all}, and those not marked {@code ~} (subjects only) to {@code failures}. */
    static <E extends Enum<E>> boolean read(String resource, Class<E> type, TermIndex<E> all, TermIndex<E> failures) {
        InputStream in = KeywordFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return false;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int space = l.indexOf(' ');
                if (space < 0) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected 'NAME term': " + l);
                }
                try {
                    String term = l.substring(space + 1).strip();
                    E value = Enum.valueOf(type, l.substring(0, space));
                    boolean subject = term.startsWith("~");
                    term = subject ? term.substring(1) : term;
                    all.add(term, value);
                    if (!subject && failures != all) {
                        failures.add(term, value);
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
