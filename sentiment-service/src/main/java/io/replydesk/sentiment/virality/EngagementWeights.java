package io.replydesk.sentiment.virality;

/**
 * How much one like, share, reply and view count towards weighted engagement
 * E = likes + shares·w + replies·w + views·w; a share carries a post further than a like.
 */
public record EngagementWeights(double likes, double shares, double replies, double views) {

    public EngagementWeights {
        requireWeight("weight-likes", likes);
        requireWeight("weight-shares", shares);
        requireWeight("weight-replies", replies);
        requireWeight("weight-views", views);
    }

    private static void requireWeight(String key, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(key + " must be a finite number >= 0, not " + weight);
        }
    }
}
