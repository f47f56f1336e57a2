package io.replydesk.sentiment.virality;

/**
 * REACH: an author with at least {@code reach-followers} whose post already gains {@code reach-min-velocity}
 * per hour. Followers say how far a post can travel, not that it does, so REACH adds to the score and to
 * the reasons of a raised VIRAL but never raises it alone.
 */
final class ReachRule {

    private ReachRule() {
    }

    static SignalCheck check(Long followers, VelocitySeries series, ViralitySettings settings) {
        if (followers == null || followers <= 0) {
            return SignalCheck.notMet(ViralSignal.REACH, 0);
        }
        ViralitySettings.Reach reach = settings.reach();
        double velocity = series.velocity();
        boolean met = followers >= reach.followers() && velocity >= reach.minVelocity();
        double progress = Math.min((double) followers / reach.followers(), velocity / reach.minVelocity());
        return SignalCheck.of(ViralSignal.REACH, met, progress,
                "the author has " + Figures.count(followers) + " followers and the post is already gaining "
                        + Figures.rate(velocity));
    }
}
