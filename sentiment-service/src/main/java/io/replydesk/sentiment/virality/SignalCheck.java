package io.replydesk.sentiment.virality;

/**
 * How one signal judged a post. {@code progress} is how far the post got towards the signal's thresholds:
 * the smallest of its figure/threshold ratios, so 1 means every threshold was just met. It feeds the score
 * even when the signal is not met. {@code detail} says why, with the figures, when it is.
 */
public record SignalCheck(ViralSignal signal, boolean met, double progress, String detail) {

    public SignalCheck {
        progress = Double.isNaN(progress) ? 0 : Math.max(0, progress);
        if (met) {
            progress = Math.max(1, progress);
        }
    }

    static SignalCheck notMet(ViralSignal signal, double progress) {
        return new SignalCheck(signal, false, progress, null);
    }

    static SignalCheck met(ViralSignal signal, double progress, String detail) {
        return new SignalCheck(signal, true, progress, detail);
    }

    static SignalCheck of(ViralSignal signal, boolean met, double progress, String detail) {
        return met ? met(signal, progress, detail) : notMet(signal, progress);
    }
}
