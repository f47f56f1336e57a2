package io.replydesk.sentiment.service;

import io.replydesk.events.Sentiment;
import io.replydesk.events.SentimentLabel;
import io.replydesk.sentiment.StarRating;
import java.util.Optional;

/**
 * How soon a person should look, 0..100: mostly how negative the post is, then how bad the rating, then
 * how many people the author reaches (a million followers count fully, on a log scale). Reach matters
 * less on a post that is not a complaint.
 */
public final class PriorityScore {

    private PriorityScore() {
    }

    public static int of(Sentiment sentiment, Optional<StarRating> rating, Long followers) {
        boolean troubled = sentiment.label() == SentimentLabel.NEGATIVE || sentiment.label() == SentimentLabel.MIXED;
        double base = switch (sentiment.label()) {
            case NEGATIVE -> 30;
            case MIXED -> 15;
            default -> 0;
        };
        double negativity = Math.max(0, -sentiment.score());
        double badRating = rating.map(r -> Math.max(0, -r.normalised())).orElse(0.0);
        double reach = followers == null || followers <= 0 ? 0 : Math.min(1, Math.log10(1 + followers) / 6);
        double priority = base + 40 * negativity + 15 * badRating + 15 * reach * (troubled ? 1 : 0.4);
        return (int) Math.round(Math.max(0, Math.min(100, priority)));
    }
}
