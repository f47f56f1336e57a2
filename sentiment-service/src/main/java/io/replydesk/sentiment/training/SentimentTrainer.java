package io.replydesk.sentiment.training;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import io.replydesk.sentiment.nlp.Lexicon;
import io.replydesk.sentiment.nlp.TextFeatures;
import io.replydesk.sentiment.nlp.TrainedSentiment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Trains the per-language sentiment classifiers from the corpora in {@code training/corpora}
 * ({@code <language>-<name>.tsv}, header {@code text<TAB>label}). The build runs it (process-classes), so
 * the shipped models are always reproducible from the repository; it skips a language whose corpora,
 * word list and feature extraction are unchanged since its last model. It prints accuracy and macro-F1
 * on a held-out tenth before training the shipped model on everything.
 *
 * <p>Usage: {@code SentimentTrainer <corporaDir> <outputDir> [language...]}
 */
public final class SentimentTrainer {

    static final List<String> LANGUAGES = List.of("en", "it", "hu");
    /** Gaussian prior (L2); 1.0 did best on the held-out tenth among 0.25, 0.5 and 1.0 (HeldOutEvaluationTest). */
    static final double SIGMA = 1.0;
    static final int MIN_FEATURE_COUNT = 2;
    static final int HOLD_OUT_EVERY = 10;

    private SentimentTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SentimentTrainer <corporaDir> <outputDir> [language...]");
            System.exit(2);
        }
        RedwoodConfiguration.current().clear().apply(); // CoreNLP's optimiser logs every iteration otherwise
        Path corpora = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output.resolve("models"));
        List<String> languages = args.length > 2 ? List.of(args).subList(2, args.length) : LANGUAGES;
        for (String language : languages) {
            train(language, corpora, output);
        }
    }

    static void train(String language, Path corpora, Path output) throws IOException {
        List<Path> files = corporaOf(language, corpora);
        Path model = output.resolve(TrainedSentiment.resource(language));
        Path stamp = output.resolve(TrainedSentiment.resource(language) + ".fingerprint");
        String fingerprint = fingerprint(language, files);
        if (Files.exists(model) && Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.printf("[train] %s: model up to date%n", language);
            return;
        }
        TextFeatures features = new TextFeatures(Lexicon.load(language));
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            examples.addAll(read(file));
        }
        long started = System.nanoTime();
        RVFDataset<String, String> trainPart = new RVFDataset<>();
        List<Example> heldOut = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (i % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1) {
                heldOut.add(examples.get(i));
            } else {
                trainPart.add(datum(features, examples.get(i)));
            }
        }
        LinearClassifier<String, String> probe = fit(trainPart);
        Scores scores = new Scores();
        for (Example example : heldOut) {
            scores.add(example.label(), probe.classOf(new RVFDatum<>(features.of(example.text()))));
        }
        RVFDataset<String, String> all = new RVFDataset<>();
        examples.forEach(e -> all.add(datum(features, e)));
        LinearClassifier<String, String> shipped = fit(all);
        IOUtils.writeObjectToFile(shipped, model.toFile());
        Files.writeString(stamp, fingerprint);
        System.out.printf(Locale.ROOT, "[train] %s: %d examples from %s; held-out accuracy %.3f, macro-F1 %.3f;"
                + " %d features; %d ms%n", language, examples.size(),
                files.stream().map(f -> f.getFileName().toString()).toList(), scores.accuracy(), scores.macroF1(),
                shipped.features().size(), (System.nanoTime() - started) / 1_000_000);
    }

    static LinearClassifier<String, String> fit(RVFDataset<String, String> dataset) {
        dataset.applyFeatureCountThreshold(MIN_FEATURE_COUNT);
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(SIGMA);
        factory.setVerbose(false);
        return factory.trainClassifier(dataset);
    }

    private static RVFDatum<String, String> datum(TextFeatures features, Example example) {
        return new RVFDatum<>(features.of(example.text()), example.label());
    }

    static List<Path> corporaOf(String language, Path corpora) throws IOException {
        try (Stream<Path> list = Files.list(corpora)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().startsWith(language + "-")
                    && p.getFileName().toString().endsWith(".tsv")).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no " + language + "-*.tsv corpus in " + corpora);
            }
            return files;
        }
    }

    /** Rows of a corpus; quoting is off on purpose (some texts begin with a double quote). */
    static List<Example> read(Path file) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String label = line.substring(tab + 1).strip().toLowerCase(Locale.ROOT);
            if (!List.of(TrainedSentiment.NEGATIVE, TrainedSentiment.NEUTRAL, TrainedSentiment.POSITIVE,
                    TrainedSentiment.MIXED).contains(label)) {
                throw new IllegalStateException(file + ": unknown label " + label);
            }
            examples.add(new Example(clean(line.substring(0, tab)), label));
        }
        return examples;
    }

    /** The English tweets carry literal escapes ("\u2019", "\u002c") from their source. */
    static String clean(String text) {
        return text.replace("\\u2019", "’").replace("\\u002c", ",").replace("\\u2018", "‘")
                .replace("\\u201c", "“").replace("\\u201d", "”").replace("\"\"", "\"");
    }

    private static String fingerprint(String language, List<Path> files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("features-v" + TextFeatures.VERSION + " sigma " + SIGMA + " min " + MIN_FEATURE_COUNT)
                    .getBytes(StandardCharsets.UTF_8));
            for (Path file : files) {
                digest.update(Files.readAllBytes(file));
            }
            for (String lexicon : List.of(Lexicon.SHARED, language)) {
                try (InputStream in = SentimentTrainer.class.getClassLoader()
                        .getResourceAsStream("lexicon/" + lexicon + ".lex")) {
                    if (in == null) {
                        throw new UncheckedIOException(new IOException("missing lexicon/" + lexicon + ".lex"));
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Example(String text, String label) {
    }
}
