package io.replydesk.sentiment.rest;

import io.replydesk.events.Flag;
import io.replydesk.events.Reason;
import io.replydesk.events.Sentiment;
import io.replydesk.sentiment.Assessment;
import java.util.List;

/** The answer of {@code POST /api/v1/analyze}, field for field as DESIGN.md has it. */
public record AnalyzeResponse(String language, double languageConfidence, Sentiment sentiment, List<Flag> flags,
        List<Reason> reasons, String category, int priority) {

    public static AnalyzeResponse from(Assessment assessment) {
        return new AnalyzeResponse(assessment.language().code(),
                Math.round(assessment.language().confidence() * 100) / 100.0, assessment.sentiment(),
                assessment.flags(), assessment.reasons(), assessment.category().name(), assessment.priority());
    }
}
