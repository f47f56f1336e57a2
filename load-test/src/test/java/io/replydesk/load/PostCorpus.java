package io.replydesk.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic posts for the load: the hand-labelled Italian, Hungarian and English posts of the sentiment quality
 * sets, drawn with a fixed mix of languages and labels, and now and then a long review made of several posts of
 * the same language and label. Seeded, so two runs send the same sequence.
 */
final class PostCorpus {

    static final List<String> LANGUAGES = List.of("it", "hu", "en");

    /** Share of each label among the posts sent: mostly complaints and praise, some neutral or mixed. */
    static final Map<Label, Double> LABEL_MIX = new EnumMap<>(Map.of(
            Label.NEGATIVE, 0.40, Label.POSITIVE, 0.35, Label.NEUTRAL, 0.15, Label.MIXED, 0.10));

    /** Share of long posts: posts of the same language and label joined into one review of 500 to 2,000 characters. */
    static final double LONG_SHARE = 0.08;
    static final int LONG_MIN_CHARS = 500;
    static final int LONG_MAX_CHARS = 2000;

    enum Label { NEGATIVE, POSITIVE, NEUTRAL, MIXED }

    /** One row of a quality set. */
    record Row(String language, String text, Integer rating, Label label) {
    }

    /** A post to send: its language and label as the quality set says, for the report's mix. */
    record Post(String language, Label label, String text, Integer rating, boolean longText) {
    }

    private final Map<String, Map<Label, List<Row>>> rows;
    private final Random random;

    PostCorpus(Map<String, Map<Label, List<Row>>> rows, long seed) {
        this.rows = rows;
        this.random = new Random(seed);
        for (String language : LANGUAGES) {
            for (Label label : Label.values()) {
                if (rows.getOrDefault(language, Map.of()).getOrDefault(label, List.of()).isEmpty()) {
                    throw new IllegalArgumentException("no " + label + " post in language " + language);
                }
            }
        }
    }

    /** Reads {@code <language>.tsv} of the sentiment quality sets in {@code qualityDir}. */
    static PostCorpus load(Path qualityDir, long seed) {
        Map<String, Map<Label, List<Row>>> rows = new java.util.HashMap<>();
        for (String language : LANGUAGES) {
            Map<Label, List<Row>> byLabel = new EnumMap<>(Label.class);
            for (Row row : read(qualityDir.resolve(language + ".tsv"), language)) {
                byLabel.computeIfAbsent(row.label(), l -> new ArrayList<>()).add(row);
            }
            rows.put(language, byLabel);
        }
        return new PostCorpus(rows, seed);
    }

    static List<Row> read(Path tsv, String language) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the quality set " + tsv, e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) { // line 0 is the header
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length != 6) {
                throw new IllegalArgumentException(tsv + " line " + (i + 1) + " has " + fields.length
                        + " fields, expected 6");
            }
            Integer rating = fields[1].isBlank() ? null : Integer.valueOf(fields[1].trim());
            rows.add(new Row(language, fields[0], rating, Label.valueOf(fields[2].trim())));
        }
        return rows;
    }

    /** The next post of the seeded sequence. */
    synchronized Post next() {
        String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        Label label = pickLabel();
        List<Row> pool = rows.get(language).get(label);
        Row first = pool.get(random.nextInt(pool.size()));
        if (random.nextDouble() >= LONG_SHARE) {
            return new Post(language, label, first.text(), first.rating(), false);
        }
        int length = LONG_MIN_CHARS + random.nextInt(LONG_MAX_CHARS - LONG_MIN_CHARS + 1);
        StringBuilder text = new StringBuilder(first.text());
        while (text.length() < length) {
            String part = pool.get(random.nextInt(pool.size())).text();
            if (text.length() + part.length() + 2 > LONG_MAX_CHARS) {
                if (text.length() >= LONG_MIN_CHARS) {
                    break;
                }
                continue; // a shorter part will fit
            }
            text.append(endsSentence(text) ? " " : ". ").append(part);
        }
        return new Post(language, label, text.toString(), first.rating(), true);
    }

    private Label pickLabel() {
        double draw = random.nextDouble();
        double sum = 0;
        for (Map.Entry<Label, Double> share : LABEL_MIX.entrySet()) {
            sum += share.getValue();
            if (draw < sum) {
                return share.getKey();
            }
        }
        return Label.NEGATIVE; // rounding of the shares
    }

    private static boolean endsSentence(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || Character.isSurrogate(last) || !Character.isLetterOrDigit(last);
    }
}
