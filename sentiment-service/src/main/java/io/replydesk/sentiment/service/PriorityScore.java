package io.replydesk.sentiment.service;

import io.replydesk.events.Sentiment;
import io.replydesk.events.SentimentLabel;
import io.replydesk.sentiment.StarRating;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How soon a person should look, 0..100. Mostly how negative the post is; then how fast it spreads
 * (virality), how bad the rating, how many people the author reaches (a million followers count fully, on
 * a log scale) and how fresh it is (a complaint a week old has done its damage; one from this morning can
 * still be answered before it spreads). Reach and virality matter less on a post that is not a complaint,
 * and an unreasonable complaint still needs an answer, so it keeps a floor.
 */
public final class PriorityScore {

    static final Duration FRESH = Duration.ofHours(24);
    static final Duration STALE = Duration.ofDays(7);
    static final double AGE_PENALTY = 15;

    private PriorityScore() {
    }

    public static int of(Sentiment sentiment, Optional<StarRating> rating, Long followers) {
        return of(sentiment, rating, followers, 0, false, null, Instant.now());
    }

    public static int of(Sentiment sentiment, Optional<StarRating> rating, Long followers, double virality,
            boolean unreasonable, Instant createdAt, Instant now) {
        boolean troubled = sentiment.label() == SentimentLabel.NEGATIVE || sentiment.label() == SentimentLabel.MIXED
                || unreasonable;
        double base = switch (sentiment.label()) {
            case NEGATIVE -> 25;
            case MIXED -> 12;
            default -> unreasonable ? 10 : 0;
        };
        double negativity = Math.max(0, -sentiment.score());
        double badRating = rating.map(r -> Math.max(0, -r.normalised())).orElse(0.0);
        double reach = followers == null || followers <= 0 ? 0 : Math.min(1, Math.log10(1 + followers) / 6);
        double spread = Math.max(0, Math.min(1, virality));
        double weight = troubled ? 1 : 0.4;
        double priority = base + 35 * negativity + 12 * badRating + 12 * reach * weight + 25 * spread * weight
                - agePenalty(createdAt, now);
        return (int) Math.round(Math.max(0, Math.min(100, priority)));
    }

    /** Nothing for the first day, rising linearly to the full penalty at a week. */
    static double agePenalty(Instant createdAt, Instant now) {
        if (createdAt == null || !createdAt.isBefore(now.minus(FRESH))) {
            return 0;
        }
        double age = Duration.between(createdAt, now).toMinutes() - FRESH.toMinutes();
        return AGE_PENALTY * Math.min(1, age / (STALE.toMinutes() - FRESH.toMinutes()));
    }
}
