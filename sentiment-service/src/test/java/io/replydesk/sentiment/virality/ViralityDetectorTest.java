package io.replydesk.sentiment.virality;

import static io.replydesk.sentiment.virality.Fixtures.T0;
import static io.replydesk.sentiment.virality.Fixtures.likes;
import static io.replydesk.sentiment.virality.Fixtures.observed;
import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.events.Engagement;
import io.replydesk.events.PostObserved;
import io.replydesk.events.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Both paths into the detector: the stateful Kafka one and the stateless API one. */
class ViralityDetectorTest {

    private final Fixtures.ManualClock clock = new Fixtures.ManualClock(T0);
    private final ViralityDetector detector = Fixtures.detector(Map.of(), clock);
    private ExecutorService pool;

    @AfterEach
    void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void learnsWhatIsUsualForASourceAndFlagsASpikeAgainstIt() {
        learnUsual20PerHour("shop");

        ViralityAssessment before = detector.observe(observed("shop", "hot", likes(0, 0), null));
        ViralityAssessment usual = detector.observe(observed("shop", "hot", likes(60, 20), null));
        ViralityAssessment spike = detector.observe(observed("shop", "hot", likes(90, 120), null));

        assertThat(before.viral()).isFalse();
        assertThat(usual.viral()).isFalse();
        assertThat(spike.viral()).isTrue();
        assertThat(spike.reasons()).extracting(Reason::detail)
                .containsExactly("engagement is growing at 200/h, 18.2σ above this source's usual 20/h");
        assertThat(detector.baseline("shop").samples()).isEqualTo(42);
    }

    @Test
    void aSourceWithoutEnoughHistoryFallsBackToTheDefaultBaseline() {
        detector.observe(observed("new", "p", likes(0, 0), null));
        detector.observe(observed("new", "p", likes(60, 20), null));
        ViralityAssessment spike = detector.observe(observed("new", "p", likes(90, 120), null));

        assertThat(spike.baseline().fallback()).isTrue();
        assertThat(spike.reasons()).extracting(Reason::detail)
                .containsExactly("engagement is growing at 200/h, 6.0σ above the default baseline of 20/h");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        learnUsual20PerHour("shop");
        PostObserved first = observed("shop", "p", likes(0, 0), null);
        PostObserved second = observed("shop", "p", likes(60, 20), null);
        detector.observe(first);
        ViralityAssessment once = detector.observe(second);
        Baseline afterOnce = detector.baseline("shop");

        ViralityAssessment twice = detector.observe(second);

        assertThat(detector.baseline("shop")).isEqualTo(afterOnce);
        assertThat(twice.velocityPerHour()).isEqualTo(once.velocityPerHour());
        assertThat(twice.viral()).isEqualTo(once.viral());
    }

    @Test
    void theApiPathJudgesAgainstTheDefaultBaselineAndTouchesNoState() {
        learnUsual20PerHour("shop");
        Baseline shop = detector.baseline("shop");
        int posts = detector.trackedPosts();

        ViralityAssessment assessment = detector.assess(List.of(likes(90, 120), likes(0, 0), likes(60, 20)),
                2_000_000L);

        assertThat(assessment.viral()).isTrue();
        assertThat(assessment.baseline().fallback()).isTrue();
        assertThat(assessment.reasons()).extracting(Reason::code).containsExactly("SPIKE", "REACH");
        assertThat(detector.baseline("shop")).isEqualTo(shop);
        assertThat(detector.baseline("")).isEqualTo(Baseline.EMPTY);
        assertThat(detector.trackedPosts()).isEqualTo(posts);
    }

    @Test
    void theApiPathCopesWithNoEngagement() {
        assertThat(detector.assess(null, null).viral()).isFalse();
        assertThat(detector.assess(Arrays.asList(null, likes(0, 3)), 10L).score()).isZero();
    }

    @Test
    void anEventWithoutEngagementIsJudgedOnTheStoredHistory() {
        detector.observe(observed("new", "p", likes(0, 0), null));
        detector.observe(observed("new", "p", likes(60, 20), null));
        PostObserved noEngagement = withEngagement(observed("new", "p", likes(90, 0), null), null);

        ViralityAssessment assessment = detector.observe(noEngagement);

        assertThat(assessment.velocityPerHour()).isEqualTo(20);
        assertThat(detector.baseline("new").samples()).isEqualTo(1);
    }

    @Test
    void aSnapshotStampedFarInTheFutureIsNotRecorded() {
        learnUsual20PerHour("shop");
        Baseline shop = detector.baseline("shop");
        long monthAhead = Duration.ofDays(30).toMinutes();

        detector.observe(observed("shop", "bug", likes(monthAhead, 0), null));
        detector.observe(observed("shop", "bug", likes(monthAhead + 60, 10), null));

        assertThat(detector.baseline("shop")).as("a month-ahead velocity would age out all others").isEqualTo(shop);
    }

    @Test
    void aSnapshotWithoutItsOwnTimeWasTakenWhenObserved() {
        PostObserved untimed = withEngagement(observed("new", "p", likes(30, 0), null),
                new Engagement(null, 5L, 0L, 0L, null));
        EngagementObservation observation = EngagementObservation.from(untimed);

        assertThat(observation.snapshot()).isEqualTo(new Engagement(untimed.observedAt(), 5L, 0L, 0L, null));
    }

    @Test
    void manyThreadsRecordingLeaveConsistentCounts() throws Exception {
        ViralityDetector shared =
                Fixtures.detector(Map.of("replydesk.sentiment.virality.baseline.max-samples", "100000"), clock);
        int threads = 8;
        int postsPerThread = 50;
        int snapshotsPerPost = 10;
        pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                int judged = 0;
                for (int s = 0; s < snapshotsPerPost; s++) {
                    for (int p = 0; p < postsPerThread; p++) {
                        String post = thread + "-" + p;
                        // redelivery and a second source on the side must not disturb the counts
                        shared.observe(observed("load", post, likes(10 * s, 5L * s), 1000L));
                        shared.observe(observed("load", post, likes(10 * s, 5L * s), 1000L));
                        shared.observe(observed("other-" + thread, post, likes(10 * s, 1L), null));
                        judged++;
                    }
                }
                return judged;
            }));
        }
        Future<Integer> api = pool.submit(() -> {
            start.await();
            int judged = 0;
            for (int i = 0; i < 2000; i++) {
                shared.assess(List.of(likes(0, 0), likes(60, i)), null);
                judged++;
            }
            return judged;
        });
        start.countDown();
        for (Future<Integer> thread : done) {
            assertThat(thread.get(60, TimeUnit.SECONDS)).isEqualTo(postsPerThread * snapshotsPerPost);
        }
        assertThat(api.get(60, TimeUnit.SECONDS)).isEqualTo(2000);

        assertThat(shared.trackedPosts()).isEqualTo(2 * threads * postsPerThread);
        Baseline load = shared.baseline("load");
        assertThat(load.samples()).isEqualTo(threads * postsPerThread * (snapshotsPerPost - 1));
        assertThat(load.mean()).isEqualTo(30);
        assertThat(load.stdDev()).isZero();
        assertThat(shared.baseline("other-0").samples()).isEqualTo(postsPerThread * (snapshotsPerPost - 1));
    }

    /** 40 posts of the source, half gaining 10/h and half 30/h: usually 20/h, σ 10/h. */
    private void learnUsual20PerHour(String source) {
        for (int i = 0; i < 40; i++) {
            detector.observe(observed(source, "usual-" + i, likes(-120, 0), null));
            detector.observe(observed(source, "usual-" + i, likes(-60, i % 2 == 0 ? 10 : 30), null));
        }
        clock.advance(Duration.ofMinutes(1));
    }

    private static PostObserved withEngagement(PostObserved post, Engagement engagement) {
        return new PostObserved(post.eventId(), post.type(), post.schemaVersion(), post.occurredAt(), post.postId(),
                post.version(), post.sourceId(), post.sourceType(), post.kind(), post.externalId(), post.url(),
                post.author(), post.text(), post.rating(), post.ratingScale(), post.language(), post.createdAt(),
                post.observedAt(), engagement, post.inReplyTo(), post.replyable());
    }
}
