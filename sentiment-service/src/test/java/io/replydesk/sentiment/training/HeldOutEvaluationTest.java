package io.replydesk.sentiment.training;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.RVFDataset;
import io.replydesk.events.SentimentLabel;
import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.nlp.CategoryKeywords;
import io.replydesk.sentiment.nlp.Lexicon;
import io.replydesk.sentiment.nlp.LexiconSentiment;
import io.replydesk.sentiment.nlp.RuleAssistedSentiment;
import io.replydesk.sentiment.nlp.SentimentModel;
import io.replydesk.sentiment.nlp.TextCues;
import io.replydesk.sentiment.nlp.TextFeatures;
import io.replydesk.sentiment.nlp.Token;
import io.replydesk.sentiment.nlp.TrainedSentiment;
import io.replydesk.sentiment.nlp.Words;
import io.replydesk.sentiment.service.CueAdjustment;
import io.replydesk.sentiment.service.SentimentJudge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The judgement without the English parser on data it was not trained on: a classifier trained on nine
 * tenths of each corpus, then the held-out tenth read by the classifier alone, the lexicon alone, both
 * blended, and the blend with the cue rules (what the service does for Italian and Hungarian). Prints a
 * table; the floors only guard against a broken pipeline.
 */
class HeldOutEvaluationTest {

    @Test
    void printsHeldOutAccuracyPerStage() throws Exception {
        StringBuilder table = new StringBuilder("\nHeld-out tenth of the training corpora (3 labels; MIXED counts as wrong)\n")
                .append("| language | rows | classifier | lexicon | blend | blend + cues |\n|---|---|---|---|---|---|\n");
        for (String language : SentimentTrainer.LANGUAGES) {
            List<SentimentTrainer.Example> examples = new ArrayList<>();
            for (Path file : SentimentTrainer.corporaOf(language, Path.of("training/corpora"))) {
                examples.addAll(SentimentTrainer.read(file));
            }
            Lexicon lexicon = Lexicon.load(language);
            TextFeatures features = new TextFeatures(lexicon);
            RVFDataset<String, String> train = new RVFDataset<>();
            List<SentimentTrainer.Example> heldOut = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % SentimentTrainer.HOLD_OUT_EVERY == SentimentTrainer.HOLD_OUT_EVERY - 1) {
                    heldOut.add(examples.get(i));
                } else {
                    train.add(new edu.stanford.nlp.ling.RVFDatum<>(features.of(examples.get(i).text()),
                            examples.get(i).label()));
                }
            }
            LinearClassifier<String, String> probe = SentimentTrainer.fit(train);
            SentimentModel classifier = new TrainedSentiment(language, probe, features);
            LexiconSentiment rules = new LexiconSentiment(lexicon);
            SentimentModel blend = new RuleAssistedSentiment(classifier, rules);
            TextCues cues = new TextCues(lexicon, CategoryKeywords.load(language));

            double c = accuracy(heldOut, t -> label(classifier.polarity(t), t, null));
            double l = accuracy(heldOut, t -> label(rules.polarity(t), t, null));
            double b = accuracy(heldOut, t -> label(blend.polarity(t), t, null));
            double bc = accuracy(heldOut, t -> label(blend.polarity(t), t, cues));
            table.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", language,
                    heldOut.size(), c, l, b, bc));
            assertThat(bc).as("%s held-out accuracy", language).isGreaterThan(0.45);
        }
        System.out.println(table);
    }

    private static String label(Polarity polarity, String text, TextCues cues) {
        List<Token> tokens = Words.of(text);
        int words = (int) tokens.stream().filter(Token::isWord).count();
        Polarity reading = polarity;
        boolean contrast = false;
        if (cues != null) {
            TextCues.Reading cue = cues.read(text, tokens);
            reading = CueAdjustment.apply(polarity, cue).polarity();
            contrast = cue.contrast();
        }
        SentimentLabel label = SentimentJudge.judge(reading, Optional.empty(), words, contrast, false).label();
        return label.name().toLowerCase(Locale.ROOT);
    }

    private static double accuracy(List<SentimentTrainer.Example> examples, Function<String, String> judge) {
        Scores scores = new Scores();
        examples.forEach(e -> scores.add(e.label(), judge.apply(e.text())));
        return scores.accuracy();
    }
}
