package io.replydesk.response;

import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.Events;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.PostKind;
import io.replydesk.events.PostObserved;
import io.replydesk.events.Reason;
import io.replydesk.events.Sentiment;
import io.replydesk.events.SentimentLabel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds PostAssessed events for tests. */
public final class Assessments {

    private Assessments() {
    }

    /** A fresh post id, so tests sharing one database never see each other's drafts. */
    public static String newPostId() {
        return "test-source:" + UUID.randomUUID();
    }

    public static PostObserved post(String postId, int version, String language, String text) {
        return post(postId, version, language, text, "webhook", 1);
    }

    /** A post of the given source type with a rating out of 5 (null: no rating). */
    public static PostObserved post(String postId, int version, String language, String text, String sourceType,
            Integer rating) {
        Instant now = Instant.now();
        return new PostObserved(UUID.randomUUID(), PostObserved.TYPE, PostObserved.SCHEMA_VERSION, now, postId,
                version, "test-source", sourceType, PostKind.REVIEW, postId.substring(postId.indexOf(':') + 1),
                "https://example.test/reviews/" + version, new Author("mario.rossi", "Mario Rossi", 120L), text,
                rating, rating == null ? null : 5, language, now.minusSeconds(3600), now, Engagement.none(now), null,
                true);
    }

    /**
     * A post of its own source with an author of {@code followers} and {@code views}, judged with the flags in
     * the category.
     */
    public static PostAssessed judged(String sourceId, String category, List<Flag> flags, int priority, double score,
            long followers, long views) {
        Instant now = Instant.now();
        String externalId = UUID.randomUUID().toString();
        PostObserved post = new PostObserved(UUID.randomUUID(), PostObserved.TYPE, PostObserved.SCHEMA_VERSION, now,
                sourceId + ":" + externalId, 1, sourceId, "mastodon", PostKind.POST, externalId,
                "https://example.test/" + externalId, new Author("someone", "Some One", followers), "Not good", null,
                null, "en", now.minusSeconds(600), now, new Engagement(now, 1L, 1L, 0L, views), null, true);
        SentimentLabel label = score < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE;
        List<Reason> reasons = flags.stream().map(f -> new Reason(f, "TEST_" + f, "raised by a test")).toList();
        return Events.assessed(post, "en", 0.9, new Sentiment(label, score), flags, reasons, category, priority);
    }

    /** A category no other test uses, so incidents and alerts of one test never mix with another's. */
    public static String freshCategory() {
        return "T_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(java.util.Locale.ROOT);
    }

    /** The assessment with another category. */
    public static PostAssessed withCategory(PostAssessed assessed, String category) {
        return new PostAssessed(assessed.eventId(), assessed.type(), assessed.schemaVersion(), assessed.occurredAt(),
                assessed.observedEventId(), assessed.post(), assessed.language(), assessed.languageConfidence(),
                assessed.sentiment(), assessed.flags(), assessed.reasons(), category, assessed.priority());
    }

    public static PostAssessed negative(String postId, String language, String text, int priority) {
        return assessed(post(postId, 1, language, text), language, List.of(Flag.NEGATIVE), priority);
    }

    public static PostAssessed assessed(PostObserved post, String language, List<Flag> flags, int priority) {
        SentimentLabel label = flags.contains(Flag.NEGATIVE) ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE;
        List<Reason> reasons = flags.stream().map(f -> new Reason(f, "TEST_" + f, "raised by a test")).toList();
        return Events.assessed(post, language, 0.97, new Sentiment(label, label == SentimentLabel.NEGATIVE ? -0.8 : 0.7),
                flags, reasons, "PRODUCT_QUALITY", priority);
    }
}
