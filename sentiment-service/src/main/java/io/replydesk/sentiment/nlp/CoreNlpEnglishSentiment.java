package io.replydesk.sentiment.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.replydesk.sentiment.Polarity;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * English sentiment from Stanford CoreNLP's recursive sentiment model (tokenize, ssplit, pos, parse,
 * sentiment), sentence by sentence. Each sentence's five-class distribution becomes its expected value
 * on [-1, 1]; sentences count by length. Long run-on sentences are cut before parsing so the parser's
 * work stays bounded; a sentence still over the limit is left out rather than judged on a flat tree.
 */
public final class CoreNlpEnglishSentiment implements SentimentModel {

    /** Which English constituency parser feeds the sentiment model. */
    public enum Parser {
        /** Shift-reduce: ~3x faster, needs ~640 MB of heap once loaded. */
        SHIFT_REDUCE("edu/stanford/nlp/models/srparser/englishSR.ser.gz"),
        /** PCFG: slower on long sentences, ~160 MB. */
        PCFG("edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");

        final String model;

        Parser(String model) {
            this.model = model;
        }
    }

    static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String SENTIMENT = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";
    /** The model's expected values rarely leave [-0.6, 0.6]; stretch them onto the scale the rules use. */
    static final double STRETCH = 1.5;

    private final StanfordCoreNLP pipeline;
    private final int maxTokens;
    private final Parser parser;

    private CoreNlpEnglishSentiment(StanfordCoreNLP pipeline, Parser parser, int maxTokens) {
        this.pipeline = pipeline;
        this.parser = parser;
        this.maxTokens = maxTokens;
    }

    public static CoreNlpEnglishSentiment load(Parser parser, int maxTokens) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("pos.model", ModelFiles.resolve(TAGGER));
        props.setProperty("parse.model", ModelFiles.resolve(parser.model));
        props.setProperty("parse.maxlen", Integer.toString(maxTokens));
        props.setProperty("parse.buildgraphs", "false"); // sentiment never reads dependency graphs
        props.setProperty("sentiment.model", ModelFiles.resolve(SENTIMENT));
        return new CoreNlpEnglishSentiment(new StanfordCoreNLP(props), parser, maxTokens);
    }

    @Override
    public String language() {
        return "en";
    }

    public Parser parser() {
        return parser;
    }

    @Override
    public Polarity polarity(String text) {
        Annotation annotation = new Annotation(RunOnSentences.cut(text, maxTokens * 2 / 3));
        pipeline.annotate(annotation);
        double weighted = 0;
        double positive = 0;
        double negative = 0;
        int weights = 0;
        int judged = 0;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            if (tree == null || tokens > maxTokens) {
                continue; // unparsed: a flat tree would only add noise
            }
            double value = Math.max(-1, Math.min(1, STRETCH * expectedValue(RNNCoreAnnotations.getPredictions(tree))));
            weighted += value * tokens;
            positive += Math.max(0, value) * tokens;
            negative += Math.max(0, -value) * tokens;
            weights += tokens;
            judged++;
        }
        if (weights == 0) {
            return Polarity.NONE;
        }
        return new Polarity(weighted / weights, positive / weights, negative / weights, judged);
    }

    /** Classes 0..4 are very negative..very positive; their expected value, mapped to [-1, 1]. */
    private static double expectedValue(SimpleMatrix predictions) {
        double value = 0;
        for (int i = 0; i < predictions.getNumElements(); i++) {
            value += predictions.get(i) * (i - 2) / 2.0;
        }
        return value;
    }
}
