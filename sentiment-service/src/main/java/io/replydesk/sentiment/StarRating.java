package io.replydesk.sentiment;

import java.util.Optional;

/** A star rating on its platform's scale, e.g. 2 of 5; ratings start at 1 unless the author gave 0. */
public record StarRating(int rating, int scale) {

    public static final int DEFAULT_SCALE = 5;

    public StarRating {
        if (scale < 2) {
            throw new IllegalArgumentException("ratingScale must be at least 2 (was " + scale + ")");
        }
        if (rating < 0 || rating > scale) {
            throw new IllegalArgumentException("rating must be between 0 and ratingScale " + scale + " (was " + rating + ")");
        }
    }

    /** The rating when it makes sense; a missing scale is taken as 5 stars, the common case. */
    public static Optional<StarRating> of(Integer rating, Integer scale) {
        if (rating == null) {
            return Optional.empty();
        }
        int s = scale == null ? DEFAULT_SCALE : scale;
        if (s < 2 || rating < 0 || rating > s) {
            return Optional.empty();
        }
        return Optional.of(new StarRating(rating, s));
    }

    /** The rating on [-1, 1]: the lowest star is -1, the highest +1, the middle 0. */
    public double normalised() {
        double position = Math.max(0, rating - 1) / (double) (scale - 1);
        return Math.max(-1, Math.min(1, 2 * position - 1));
    }

    /** Two stars of five or worse. */
    public boolean isLow() {
        return rating <= 0.4 * scale;
    }

    @Override
    public String toString() {
        return rating + "/" + scale;
    }
}
