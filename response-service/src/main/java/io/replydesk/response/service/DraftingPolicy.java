package io.replydesk.response.service;

import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.SentimentLabel;
import io.replydesk.response.Situation;
import io.replydesk.response.config.ResponseConfig;
import java.util.Optional;

/**
 * Decides whether an assessed post needs a reply and which kind: negative and unreasonable posts always do
 * (unreasonable ones with care), viral complaints get the viral wording, positive reviews only when configured.
 */
public final class DraftingPolicy {

    private DraftingPolicy() {
    }

    public static Optional<Situation> situationFor(PostAssessed assessed, ResponseConfig.Drafting drafting) {
        if (assessed.flagged(Flag.UNREASONABLE)) {
            return Optional.of(Situation.UNREASONABLE);
        }
        if (assessed.flagged(Flag.NEGATIVE)) {
            return Optional.of(assessed.flagged(Flag.VIRAL) ? Situation.VIRAL : Situation.COMPLAINT);
        }
        if (drafting.positiveReviews() && isPositive(assessed, drafting.positiveRatingShare())) {
            return Optional.of(Situation.POSITIVE);
        }
        return Optional.empty();
    }

    /** Positive text, and no rating that says otherwise (a cheerful one-star review is not praise). */
    static boolean isPositive(PostAssessed assessed, double ratingShare) {
        if (assessed.sentiment() == null || assessed.sentiment().label() != SentimentLabel.POSITIVE) {
            return false;
        }
        Integer rating = assessed.post().rating();
        Integer scale = assessed.post().ratingScale();
        if (rating == null) {
            return true;
        }
        int max = scale == null || scale <= 0 ? 5 : scale;
        return rating >= ratingShare * max;
    }
}
