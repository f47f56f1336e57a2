package io.replydesk.collector.service;

import io.replydesk.collector.EngagementWatch;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.ObservedPost;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.EngagementRefresher;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import io.replydesk.events.Topics;
import io.replydesk.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Turns what a source delivered into observed posts: a new external id is observed once, a known one only
 * when its engagement moved. Posts and their PostObserved events are written in one transaction. A new post of a
 * source whose connector can refresh engagement is also put on the engagement schedule.
 */
@ApplicationScoped
public class PostIntake {

    @Inject
    Outbox outbox;

    @Inject
    ReplyChannels channels;

    @Inject
    Connectors connectors;

    @Inject
    EngagementSchedule schedule;

    @Inject
    CollectorConfig config;

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
        boolean watched = config.engagementTracking().enabled() && connectors.refresher(source.type).isPresent();
        int observed = 0;
        int updated = 0;
        for (IncomingPost in : posts) {
            ObservedPost post = ObservedPost.lookup(source.id, in.externalId()).orElse(null);
            if (post == null) {
                post = ObservedPost.first(source, in, now);
                post.persist();
                observed++;
                if (watched && post.kind != PostKind.REVIEW) {
                    ObservedPost first = post;
                    schedule.next(post.createdAt, now).ifPresent(at -> EngagementWatch.of(first, at).persist());
                }
            } else if (post.updateEngagement(in.engagement(), now)) {
                updated++;
            } else {
                continue;
            }
            outbox.add(Topics.POSTS_OBSERVED, post.toEvent(source, replyable));
        }
        return new Intake(observed, updated, posts.size() - observed - updated);
    }

    /**
     * Applies one engagement refresh: a post whose counters moved becomes a new version on posts.observed, every
     * watched post gets its next refresh from the schedule, and posts the platform no longer has stop being followed.
     *
     * @return how many posts got a new version
     */
    @Transactional
    public int refreshed(Source source, List<String> postIds, EngagementRefresher.Refreshed refreshed, Instant now) {
        boolean replyable = channels.canReply(source);
        int updated = 0;
        for (EngagementWatch watch : EngagementWatch.of(postIds)) {
            if (refreshed.gone().contains(watch.externalId)) {
                watch.delete();
                continue;
            }
            Engagement counters = refreshed.counters().get(watch.externalId);
            ObservedPost post = ObservedPost.findById(watch.postId);
            if (post == null) {
                watch.delete();
                continue;
            }
            if (counters != null && post.updateEngagement(counters, now)) {
                outbox.add(Topics.POSTS_OBSERVED, post.toEvent(source, replyable));
                updated++;
            }
            watch.refreshed(now, schedule.next(watch.postCreatedAt, now).orElse(null));
        }
        return updated;
    }
}
