package io.replydesk.sentiment.rest;

import io.replydesk.events.Flag;
import io.replydesk.events.Reason;
import io.replydesk.events.Sentiment;
import io.replydesk.sentiment.Assessment;
import io.replydesk.sentiment.SentenceSentiment;
import java.util.List;

/**
 * The answer of {@code POST /api/v1/analyze}: DESIGN.md's fields, plus {@code sentiment.confidence} and the
 * sentence-by-sentence reading in {@code sentences}.
 */
public record AnalyzeResponse(String language, double languageConfidence, Sentiment sentiment, List<Flag> flags,
        List<Reason> reasons, String category, int priority, List<SentenceSentiment> sentences) {

    public static AnalyzeResponse from(Assessment assessment) {
        return new AnalyzeResponse(assessment.language().code(),
                Math.round(assessment.language().confidence() * 100) / 100.0, assessment.sentiment(),
                assessment.flags(), assessment.reasons(), assessment.category().name(), assessment.priority(),
                assessment.sentences());
    }
}
