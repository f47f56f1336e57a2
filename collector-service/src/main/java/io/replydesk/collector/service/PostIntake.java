package io.replydesk.collector.service;

import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.ObservedPost;
import io.replydesk.collector.Source;
import io.replydesk.events.Topics;
import io.replydesk.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Turns what a source delivered into observed posts: a new external id is observed once, a known one only
 * when its engagement moved. Posts and their PostObserved events are written in one transaction.
 */
@ApplicationScoped
public class PostIntake {

    @Inject
    Outbox outbox;

    @Inject
    ReplyChannels channels;

    /** How a batch was taken in. */
    public record Intake(int observed, int updated, int unchanged) {
        public Intake plus(Intake other) {
            return new Intake(observed + other.observed, updated + other.updated, unchanged + other.unchanged);
        }
    }

    @Transactional
    public Intake take(Source source, List<IncomingPost> posts) {
        Instant now = Instant.now();
        boolean replyable = channels.canReply(source);
        int observed = 0;
        int updated = 0;
        for (IncomingPost in : posts) {
            ObservedPost post = ObservedPost.lookup(source.id, in.externalId()).orElse(null);
            if (post == null) {
                post = ObservedPost.first(source, in, now);
                post.persist();
                observed++;
            } else if (post.updateEngagement(in.engagement(), now)) {
                updated++;
            } else {
                continue;
            }
            outbox.add(Topics.POSTS_OBSERVED, post.toEvent(source, replyable));
        }
        return new Intake(observed, updated, posts.size() - observed - updated);
    }
}
