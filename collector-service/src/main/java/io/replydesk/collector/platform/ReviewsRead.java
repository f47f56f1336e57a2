package io.replydesk.collector.platform;

import io.replydesk.collector.IncomingPost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page of reviews gave: the usable ones, refusals with reasons, and the newest and oldest of their times
 * (creation or last change, as the platform pages by), which a sweep uses to know where it is.
 */
public record ReviewsRead(List<IncomingPost> posts, List<String> rejected, Instant newest, Instant oldest) {

    /** Collects a page review by review. */
    public static final class Page {
        private final List<IncomingPost> posts = new ArrayList<>();
        private final List<String> rejected = new ArrayList<>();
        private Instant newest;
        private Instant oldest;

        public void add(IncomingPost post, Instant time) {
            posts.add(post);
            newest = newest == null || time.isAfter(newest) ? time : newest;
            oldest = oldest == null || time.isBefore(oldest) ? time : oldest;
        }

        public void reject(String reason) {
            rejected.add(reason);
        }

        public ReviewsRead read() {
            return new ReviewsRead(List.copyOf(posts), List.copyOf(rejected), newest, oldest);
        }
    }
}
