package io.replydesk.sentiment;

/**
 * The sentiment evidence a model found in a text: the overall {@code score} in [-1, 1], how strong its
 * positive and negative parts were on their own (each in [0, 1], so praise and complaint side by side
 * can be told from indifference), and how many cues it rests on.
 */
public record Polarity(double score, double positive, double negative, int cues) {

    public static final Polarity NONE = new Polarity(0, 0, 0, 0);

    public Polarity {
        score = clamp(score, -1, 1);
        positive = clamp(positive, 0, 1);
        negative = clamp(negative, 0, 1);
    }

    /** A weighted mix of two judgements of the same text; {@code weight} goes to {@code other}. */
    public Polarity blend(Polarity other, double weight) {
        double w = clamp(weight, 0, 1);
        return new Polarity((1 - w) * score + w * other.score, (1 - w) * positive + w * other.positive,
                (1 - w) * negative + w * other.negative, cues + other.cues);
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? 0 : Math.max(min, Math.min(max, value));
    }
}
