package io.replydesk.sentiment.virality;

/**
 * What a source's engagement velocity usually is: mean and (population) standard deviation of its trailing
 * velocities, per hour, and how many there were. A {@code fallback} baseline is configured, not measured.
 */
public record Baseline(double mean, double stdDev, int samples, boolean fallback) {

    public static final Baseline EMPTY = new Baseline(0, 0, 0, false);

    public static Baseline fallback(double mean, double stdDev) {
        return new Baseline(mean, stdDev, 0, true);
    }

    /** Mean and population σ, as Huginn's peak detector computes them; two passes for numeric stability. */
    public static Baseline measured(double[] velocities) {
        int n = velocities.length;
        if (n == 0) {
            return EMPTY;
        }
        double sum = 0;
        for (double v : velocities) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : velocities) {
            squares += (v - mean) * (v - mean);
        }
        return new Baseline(mean, Math.sqrt(squares / n), n, false);
    }

    /**
     * How many σ {@code velocity} lies above the mean. σ is floored: a source whose posts all sat at 0/h has
     * σ = 0, and every first like would otherwise be infinitely unusual.
     */
    public double zScore(double velocity, double minStdDev) {
        return (velocity - mean) / Math.max(stdDev, minStdDev);
    }

    /** The words a reason uses for this baseline, e.g. "this source's usual 20/h". */
    public String describe() {
        return fallback
                ? "the default baseline of " + Figures.rate(mean)
                : "this source's usual " + Figures.rate(mean);
    }
}
