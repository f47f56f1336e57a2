package io.replydesk.sentiment.quality;

import io.replydesk.events.Flag;
import io.replydesk.events.Reason;
import io.replydesk.sentiment.Assessment;
import io.replydesk.sentiment.training.Scores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Scores the analyzer's judgements of one language's quality set against the labels. */
final class QualityReport {

    final String language;
    final Scores sentiment = new Scores();
    final Scores negative = new Scores();
    final Scores unreasonable = new Scores();
    final Scores category = new Scores();
    final Scores unreasonableForm = new Scores();
    int languageCorrect;
    final List<String> misses = new ArrayList<>();

    QualityReport(String language) {
        this.language = language;
    }

    void add(QualityCase expected, Assessment actual) {
        if (expected.language().equals(actual.language().code())) {
            languageCorrect++;
        }
        String label = actual.sentiment().label().name();
        sentiment.add(expected.label(), label);
        negative.add(String.valueOf(expected.flags().contains("NEGATIVE")), String.valueOf(actual.flagged(Flag.NEGATIVE)));
        unreasonable.add(String.valueOf(expected.flags().contains("UNREASONABLE")),
                String.valueOf(actual.flagged(Flag.UNREASONABLE)));
        if (expected.complaint()) {
            category.add(expected.category(), actual.category().name());
            if (!expected.category().equals(actual.category().name())) {
                misses.add(String.format(Locale.ROOT, "  %s:%d category %s got %s: %s", language, expected.line(),
                        expected.category(), actual.category().name(), abbreviate(expected.text())));
            }
        }
        for (Flag flag : List.of(Flag.NEGATIVE, Flag.UNREASONABLE)) {
            boolean wanted = expected.flags().contains(flag.name());
            if (wanted != actual.flagged(flag)) {
                misses.add(String.format(Locale.ROOT, "  %s:%d flag %s expected %s got %s %s: %s", language,
                        expected.line(), flag, wanted, !wanted, actual.reasons().stream().map(Reason::code).toList(),
                        abbreviate(expected.text())));
            }
        }
        if (!QualityCase.NONE.equals(expected.unreasonable())) {
            String form = actual.reasons().stream().filter(r -> r.flag() == Flag.UNREASONABLE).map(Reason::code)
                    .findFirst().orElse("none");
            unreasonableForm.add(expected.unreasonable(), form);
        }
        if (!expected.label().equals(label)) {
            misses.add(String.format(Locale.ROOT, "  %s:%d expected %s got %s (%.2f): %s", language, expected.line(),
                    expected.label(), label, actual.sentiment().score(), abbreviate(expected.text())));
        }
    }

    double languageAccuracy() {
        return sentiment.total() == 0 ? 0 : (double) languageCorrect / sentiment.total();
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", language,
                sentiment.total(), languageAccuracy(), sentiment.accuracy(), sentiment.macroF1(), negative.f1("true"),
                unreasonable.f1("true"), unreasonableForm.accuracy(), category.accuracy());
    }

    static String header() {
        return "| language | posts | language id | sentiment accuracy | sentiment macro-F1 | NEGATIVE F1 "
                + "| UNREASONABLE F1 | UNREASONABLE form | category accuracy |\n|---|---|---|---|---|---|---|---|---|";
    }

    private static String abbreviate(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
