package io.replydesk.sentiment.nlp;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.Counter;
import io.replydesk.sentiment.Polarity;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * CoreNLP's logistic-regression classifier trained on the labelled corpora shipped in
 * {@code sentiment-service/training} (see {@code io.replydesk.sentiment.training.SentimentTrainer}).
 * Its class probabilities become a polarity: the score is P(positive) − P(negative), and MIXED weighs on
 * both sides. The cues are the text's words the model has weights for, so an unknown dialect or a
 * foreign text reads as "no evidence" rather than as neutral.
 */
public final class TrainedSentiment implements SentimentModel {

    public static final String NEGATIVE = "negative";
    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String MIXED = "mixed";

    private final String language;
    private final LinearClassifier<String, String> classifier;
    private final Set<String> known;
    private final TextFeatures features;

    public TrainedSentiment(String language, LinearClassifier<String, String> classifier, TextFeatures features) {
        this.language = language;
        this.classifier = classifier;
        this.known = new HashSet<>(classifier.features());
        this.features = features;
    }

    public static String resource(String language) {
        return "models/sentiment-" + language + ".ser.gz";
    }

    public static TrainedSentiment load(String language, Lexicon lexicon) {
        try {
            LinearClassifier<String, String> classifier = IOUtils.readObjectFromURLOrClasspathOrFileSystem(
                    resource(language));
            return new TrainedSentiment(language, classifier, new TextFeatures(lexicon));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the trained " + language + " sentiment model "
                    + resource(language) + " (it is made by the build: ./mvnw -pl sentiment-service package)", e);
        }
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public Polarity polarity(String text) {
        Counter<String> observed = features.of(text);
        int cues = 0;
        for (String feature : observed.keySet()) {
            if (isEvidence(feature) && known.contains(feature)) {
                cues++;
            }
        }
        Counter<String> p = classifier.probabilityOf(new RVFDatum<>(observed));
        double mixed = p.getCount(MIXED);
        double positive = p.getCount(POSITIVE) + mixed / 2;
        double negative = p.getCount(NEGATIVE) + mixed / 2;
        return new Polarity(p.getCount(POSITIVE) - p.getCount(NEGATIVE), positive, negative, cues);
    }

    private static boolean isEvidence(String feature) {
        return !feature.startsWith("x:") && !feature.startsWith("lex:") && !feature.startsWith("b:");
    }
}
