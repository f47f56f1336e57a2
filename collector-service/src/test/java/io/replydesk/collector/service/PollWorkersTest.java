package io.replydesk.collector.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Stopping the poll workers: running polls may finish, late ones are interrupted, nothing new starts. */
class PollWorkersTest {

    @Test
    void stopLetsARunningPollFinishBeforeItReturns() throws Exception {
        PollWorkers workers = new PollWorkers(2);
        AtomicBoolean finished = new AtomicBoolean();
        started(workers, "src_a", () -> {
            sleep(300);
            finished.set(true);
        });

        assertThat(workers.stop(Duration.ofSeconds(5))).isTrue();
        assertThat(finished).isTrue();
    }

    @Test
    void aPollThatOutlastsTheGraceIsInterrupted() throws Exception {
        PollWorkers workers = new PollWorkers(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        started(workers, "src_a", () -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });

        assertThat(workers.stop(Duration.ofMillis(100))).isFalse();
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void noWorkStartsOnceStopping() throws Exception {
        PollWorkers workers = new PollWorkers(1);
        workers.stop(Duration.ZERO);
        AtomicInteger runs = new AtomicInteger();

        assertThat(workers.submit("src_a", runs::incrementAndGet)).isFalse();
        assertThat(workers.runNow("src_a", runs::incrementAndGet)).isFalse();
        assertThat(workers.stopping()).isTrue();
        assertThat(runs).hasValue(0);
    }

    @Test
    void oneSourceIsNeverWorkedOnTwiceAtOnce() throws Exception {
        PollWorkers workers = new PollWorkers(2);
        CountDownLatch release = new CountDownLatch(1);
        started(workers, "src_a", () -> await(release));
        AtomicInteger runs = new AtomicInteger();

        assertThat(workers.submit("src_a", runs::incrementAndGet)).isFalse();
        assertThat(workers.runNow("src_a", runs::incrementAndGet)).isFalse();
        assertThat(workers.runNow("src_b", runs::incrementAndGet)).isTrue();
        release.countDown();
        workers.stop(Duration.ofSeconds(5));
        assertThat(runs).hasValue(1);
    }

    /** Submits the work and returns once it runs on a worker. */
    private static void started(PollWorkers workers, String sourceId, Runnable work) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        assertThat(workers.submit(sourceId, () -> {
            started.countDown();
            work.run();
        })).isTrue();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
