package io.replydesk.sentiment.virality;

/** The evidence VIRAL is raised on; each name is also the code of the reason it gives. */
public enum ViralSignal {
    /** The latest engagement velocity stands out against the source's usual velocities (z-score). */
    SPIKE,
    /** Engagement gained in the last hour is a multiple of the hourly average before it. */
    SURGE,
    /** Engagement velocity has kept rising over the latest snapshots. */
    ACCELERATING,
    /** A widely followed author with early engagement: adds to the score, never raises VIRAL alone. */
    REACH;

    public String code() {
        return name();
    }
}
