package io.replydesk.sentiment.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.replydesk.events.PostObserved;
import io.replydesk.events.Reason;
import io.replydesk.events.Sentiment;
import io.replydesk.sentiment.Assessment;
import io.replydesk.sentiment.Category;
import io.replydesk.sentiment.DetectedLanguage;
import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.PostContent;
import io.replydesk.sentiment.config.SentimentConfig;
import io.replydesk.sentiment.nlp.NlpModels;
import io.replydesk.sentiment.nlp.TextCues;
import io.replydesk.sentiment.nlp.Token;
import io.replydesk.sentiment.nlp.Words;
import io.replydesk.sentiment.virality.ViralityAssessment;
import io.replydesk.sentiment.virality.ViralityDetector;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Judges posts: the one analyzer behind both the REST API and the Kafka consumer. */
@ApplicationScoped
public class PostAnalyzer {

    private final ModelLoader models;
    private final BoundedScoring scoring;
    private final SentimentConfig config;
    private final ViralityDetector virality;
    private final MeterRegistry metrics;

    public PostAnalyzer(ModelLoader models, BoundedScoring scoring, SentimentConfig config, ViralityDetector virality,
            MeterRegistry metrics) {
        this.models = models;
        this.scoring = scoring;
        this.config = config;
        this.virality = virality;
        this.metrics = metrics;
    }

    /** A post sent to the API: its engagement snapshots, if any, are judged as given, against the default baseline. */
    public Assessment analyze(PostContent content) {
        return analyze(content, Deadline.after(config.timeBudget()), assessVirality(content));
    }

    /** A post from the collector: its engagement joins the post's history and the source's baseline. */
    public Assessment analyze(PostObserved post) {
        return analyze(PostContent.from(post), Deadline.after(config.timeBudget()), virality.observe(post));
    }

    private ViralityAssessment assessVirality(PostContent content) {
        return content.engagement().isEmpty() ? null : virality.assess(content.engagement(), content.authorFollowers());
    }

    /** Judges a batch in order within the batch budget; items reached late get the fast scorer. */
    public List<Assessment> analyzeAll(List<PostContent> contents) {
        Deadline batch = Deadline.after(config.batchTimeBudget());
        List<Assessment> assessments = new ArrayList<>(contents.size());
        for (PostContent content : contents) {
            assessments.add(analyze(content, batch.atMost(config.timeBudget()), assessVirality(content)));
        }
        return assessments;
    }

    Assessment analyze(PostContent content, Deadline deadline, ViralityAssessment viral) {
        long started = System.nanoTime();
        Assessment assessment = judge(content, deadline, viral);
        Timer.builder("replydesk.assessment.duration").description("Time to judge one post")
                .tag("language", assessment.language().code()).register(metrics)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        assessment.flags().forEach(flag -> metrics.counter("replydesk.flags.raised", "flag", flag.name()).increment());
        return assessment;
    }

    private Assessment judge(PostContent content, Deadline deadline, ViralityAssessment viral) {
        NlpModels nlp = models.await(config.loadWait());
        String text = PlainText.of(content.text());
        DetectedLanguage language = content.language() == null || content.language().isBlank()
                ? nlp.languages().identify(text)
                : new DetectedLanguage(isoCode(content.language()), 1.0);
        Polarity polarity = text.isEmpty() ? Polarity.NONE
                : scoring.polarity(nlp.sentiment(language.code()), nlp.fallback(language.code()), text, deadline);
        List<Token> tokens = Words.of(text);
        int words = (int) tokens.stream().filter(Token::isWord).count();
        TextCues.Reading cues = nlp.cues(language.code()).read(text, tokens);
        boolean sentimentWords = nlp.fallback(language.code()).polarity(text).cues() > 0;
        CueAdjustment.Adjusted adjusted = CueAdjustment.apply(polarity, cues, words, sentimentWords);
        Polarity reading = adjusted.polarity();
        List<Reason> unreasonable = UnreasonableRules.reasons(nlp.unreasonable(language.code()).find(tokens),
                reading, content.starRating(), words, cues);
        Sentiment sentiment = SentimentJudge.judge(reading, content.starRating(), words, cues.contrast(),
                UnreasonableRules.isHostile(unreasonable));
        List<Reason> reasons = new ArrayList<>(FlagRules.reasons(sentiment, reading, content.starRating(), words,
                adjusted.sarcastic(), UnreasonableRules.isTrifle(unreasonable)));
        reasons.addAll(unreasonable);
        if (viral != null) {
            reasons.addAll(viral.reasons());
        }
        Category category = nlp.categories(language.code()).guess(tokens, cues.contrastAt(),
                UnreasonableRules.isDemand(unreasonable));
        int priority = PriorityScore.of(sentiment, content.starRating(), content.authorFollowers(),
                viral == null ? 0 : viral.score(), !unreasonable.isEmpty(), content.createdAt(), Instant.now());
        Sentiment judged = sentiment.withConfidence(Confidence.of(reading, language, words, content.starRating()));
        return new Assessment(language, judged, FlagRules.flags(reasons), reasons, category, priority,
                SentenceReader.read(text, nlp.quick(language.code())));
    }

    /** "it", "IT", "it-IT" and "it_IT" all mean Italian. */
    static String isoCode(String language) {
        String code = language.strip().toLowerCase(Locale.ROOT);
        int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        return cut > 0 ? code.substring(0, cut) : code;
    }
}
