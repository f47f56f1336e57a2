package io.replydesk.sentiment.virality;

/**
 * SPIKE: the latest velocity v is at least {@code z-threshold} standard deviations above the source's
 * baseline, z = (v − μ) / max(σ, min-std-dev), and at least {@code min-velocity}. The baseline excludes v
 * itself, as in Huginn's peak detector, so a spike cannot hide behind its own σ.
 */
final class SpikeRule {

    private SpikeRule() {
    }

    static SignalCheck check(VelocitySeries series, Baseline baseline, ViralitySettings settings) {
        if (series.latest().isEmpty()) {
            return SignalCheck.notMet(ViralSignal.SPIKE, 0);
        }
        double velocity = series.velocity();
        double z = baseline.zScore(velocity, settings.spike().minStdDev());
        double threshold = settings.spike().zThreshold();
        boolean met = z >= threshold && velocity >= settings.minVelocity();
        double progress = Math.min(z / threshold, velocity / settings.minVelocity());
        return SignalCheck.of(ViralSignal.SPIKE, met, progress,
                "engagement is growing at " + Figures.rate(velocity) + ", " + Figures.sigma(z) + " above "
                        + baseline.describe());
    }
}
