package io.replydesk.sentiment.benchmark;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.sentiment.PostContent;
import io.replydesk.sentiment.service.PostAnalyzer;
import io.replydesk.sentiment.training.Scores;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the analyzer per language, single- and multi-threaded, beside an out-of-the-box CoreNLP
 * sentiment pipeline (tokenize, ssplit, pos, parse, sentiment with defaults) on the same English texts,
 * with both pipelines' accuracy on those texts and the heap after load. Prints figures, asserts nothing
 * about time: run it with {@code ./mvnw -pl sentiment-service -am verify -Pbenchmark -DskipITs}.
 */
@QuarkusTest
class SentimentBenchmark {

    static final long MEASURE_NANOS = 8_000_000_000L;

    @Inject
    PostAnalyzer analyzer;

    record Labelled(String text, String label) {
    }

    @Test
    void printFigures() throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        StringBuilder out = new StringBuilder("\nSentiment benchmark (").append(threads).append(" cores, ")
                .append(System.getProperty("java.version")).append(")\n");
        out.append("| pipeline | language | posts/s, 1 thread | posts/s, ").append(threads)
                .append(" threads | accuracy |\n|---|---|---|---|---|\n");
        analyzer.analyze(new PostContent("warm up the models", "en", null, null));
        double oursEnglish = 0;
        for (String language : List.of("en", "it", "hu")) {
            List<Labelled> texts = load(language);
            Consumer<Labelled> judge = t -> analyzer.analyze(new PostContent(t.text(), null, null, null));
            measure(texts, judge, 1); // warm-up for the JIT
            double single = measure(texts, judge, 1);
            double multi = measure(texts, judge, threads);
            Scores scores = new Scores();
            texts.forEach(t -> scores.add(t.label(),
                    analyzer.analyze(new PostContent(t.text(), null, null, null)).sentiment().label().name()));
            oursEnglish = "en".equals(language) ? single : oursEnglish;
            out.append(row("ReplyDesk analyzer", language, single, multi, scores.accuracy()));
        }
        long heapAfterLoad = usedHeapMb();

        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        List<Labelled> english = load("en");
        Consumer<Labelled> outOfTheBox = t -> pipeline.process(t.text());
        measure(english.subList(0, 20), outOfTheBox, 1);
        double baselineSingle = measure(english, outOfTheBox, 1);
        double baselineMulti = measure(english, outOfTheBox, threads);
        Scores baseline = new Scores();
        english.forEach(t -> baseline.add(t.label(), label(pipeline.process(t.text()))));
        out.append(row("CoreNLP out of the box (PCFG)", "en", baselineSingle, baselineMulti, baseline.accuracy()));
        out.append(String.format(Locale.ROOT, "%nEnglish speed-up over the out-of-the-box pipeline: %.1fx (1 thread)%n",
                oursEnglish / baselineSingle));
        out.append("Heap used after loading the analyzer's models (after GC): ").append(heapAfterLoad).append(" MB\n");
        System.out.println(out);
    }

    /** Posts per second over about {@link #MEASURE_NANOS}, cycling through the texts. */
    static double measure(List<Labelled> texts, Consumer<Labelled> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() - start < MEASURE_NANOS) {
                        work.accept(texts.get((offset + n * threads) % texts.size()));
                        n++;
                    }
                    return n;
                }));
            }
            long total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The document label the plain pipeline gives: mean of its sentences' classes, MIXED if they split. */
    static String label(Annotation document) {
        double sum = 0;
        int n = 0;
        boolean negative = false;
        boolean positive = false;
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            int sentiment = RNNCoreAnnotations.getPredictedClass(tree);
            sum += (sentiment - 2) / 2.0;
            negative |= sentiment <= 1;
            positive |= sentiment >= 3;
            n++;
        }
        double score = n == 0 ? 0 : sum / n;
        if (negative && positive && Math.abs(score) < 0.4) {
            return "MIXED";
        }
        return score <= -0.25 ? "NEGATIVE" : score >= 0.25 ? "POSITIVE" : "NEUTRAL";
    }

    static List<Labelled> load(String language) throws Exception {
        List<Labelled> texts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(SentimentBenchmark.class
                .getClassLoader().getResourceAsStream("quality/" + language + ".tsv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length == 6 && f[1].isBlank()) { // text only: the rating would make it too easy
                    texts.add(new Labelled(f[0], f[2]));
                }
            }
        }
        return texts;
    }

    static long usedHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    static String row(String pipeline, String language, double single, double multi, double accuracy) {
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.3f |%n", pipeline, language, single, multi,
                accuracy);
    }
}
