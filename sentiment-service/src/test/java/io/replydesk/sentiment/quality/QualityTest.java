package io.replydesk.sentiment.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.sentiment.service.PostAnalyzer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quality report: the hand-labelled sets of every language through the same analyzer as the API,
 * printed as a table (README, "Judgement quality"), with floors that a change must not break.
 * Run alone: {@code ./mvnw -pl sentiment-service -am verify -Dtest=QualityTest -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}.
 */
@QuarkusTest
class QualityTest {

    @Inject
    PostAnalyzer analyzer;

    @Test
    void meetsTheQualityFloorsInEveryLanguage() {
        List<QualityReport> reports = new ArrayList<>();
        for (String language : List.of("en", "it", "hu")) {
            QualityReport report = new QualityReport(language);
            for (QualityCase c : QualityCase.load(language)) {
                report.add(c, analyzer.analyze(c.content()));
            }
            reports.add(report);
        }
        StringBuilder table = new StringBuilder("\nJudgement quality (hand-labelled sets, src/test/resources/quality)\n")
                .append(QualityReport.header()).append('\n');
        reports.forEach(r -> table.append(r.row()).append('\n'));
        if (Boolean.getBoolean("replydesk.quality.misses")) {
            reports.forEach(r -> r.misses.forEach(m -> table.append(m).append('\n')));
        }
        System.out.println(table);

        for (QualityReport report : reports) {
            assertThat(report.languageAccuracy()).as("%s language id", report.language).isGreaterThanOrEqualTo(0.95);
            assertThat(report.sentiment.accuracy()).as("%s sentiment accuracy", report.language)
                    .isGreaterThanOrEqualTo(0.75);
            assertThat(report.sentiment.macroF1()).as("%s sentiment macro-F1", report.language)
                    .isGreaterThanOrEqualTo(0.65);
            assertThat(report.negative.f1("true")).as("%s NEGATIVE F1", report.language).isGreaterThanOrEqualTo(0.80);
            assertThat(report.unreasonable.f1("true")).as("%s UNREASONABLE F1", report.language)
                    .isGreaterThanOrEqualTo(0.55);
            assertThat(report.category.accuracy()).as("%s category accuracy", report.language)
                    .isGreaterThanOrEqualTo(0.55);
        }
    }
}
