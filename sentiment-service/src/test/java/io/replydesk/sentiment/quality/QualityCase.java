package io.replydesk.sentiment.quality;

import io.replydesk.sentiment.PostContent;
import io.replydesk.sentiment.StarRating;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One hand-labelled post of a quality set ({@code src/test/resources/quality/<language>.tsv} or
 * {@code quality/blind/<language>.tsv}, described in their READMEs): text, optional rating, the expected label, flags, UNREASONABLE form and category.
 */
record QualityCase(String language, int line, String text, Integer rating, String label, Set<String> flags,
        String unreasonable, String category) {

    static final String NONE = "-";

    /** Reads {@code <directory>/<language>.tsv} from the test classpath, e.g. {@code quality/blind/it.tsv}. */
    static List<QualityCase> load(String directory, String language) {
        String resource = directory + "/" + language + ".tsv";
        InputStream in = QualityCase.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        List<QualityCase> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            int lineNo = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected 6 fields, got " + f.length);
                }
                Set<String> flags = NONE.equals(f[3].strip()) ? Set.of() : Set.of(f[3].strip().split("\\s*,\\s*"));
                cases.add(new QualityCase(language, lineNo, f[0], f[1].isBlank() ? null : Integer.valueOf(f[1].strip()),
                        f[2].strip(), flags, f[4].strip(), f[5].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** As a caller without a language hint sends it: detection is part of what is measured. */
    PostContent content() {
        return new PostContent(text, null, rating == null ? null : new StarRating(rating, 5), null);
    }

    boolean complaint() {
        return !NONE.equals(category);
    }
}
