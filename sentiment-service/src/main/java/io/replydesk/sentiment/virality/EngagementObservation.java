package io.replydesk.sentiment.virality;

import io.replydesk.events.Engagement;
import io.replydesk.events.PostObserved;
import java.time.Instant;

/**
 * One engagement snapshot of a post, as the Kafka path hands it over.
 *
 * @param snapshot null when the event carried no engagement
 * @param postedAt when the post was published (counters were 0 then), null when unknown
 */
public record EngagementObservation(String postId, String sourceId, Engagement snapshot, Long authorFollowers,
        Instant postedAt) {

    /** A snapshot without its own time was taken when the collector observed the post. */
    public static EngagementObservation from(PostObserved post) {
        Engagement snapshot = post.engagement();
        if (snapshot != null && snapshot.at() == null) {
            snapshot = post.observedAt() == null ? null
                    : new Engagement(post.observedAt(), snapshot.likes(), snapshot.shares(), snapshot.replies(),
                            snapshot.views());
        }
        Long followers = post.author() == null ? null : post.author().followers();
        return new EngagementObservation(post.postId(), post.sourceId(), snapshot, followers, post.createdAt());
    }
}
