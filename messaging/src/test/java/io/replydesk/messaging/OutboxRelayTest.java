package io.replydesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    /** A batch that takes a while, standing in for the database: what is tested is the relay's lifecycle. */
    static class SlowBatch extends OutboxBatch {
        final CountDownLatch started = new CountDownLatch(1);
        final AtomicInteger finished = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        int publishNext() throws Exception {
            calls.incrementAndGet();
            started.countDown();
            Thread.sleep(300);
            finished.incrementAndGet();
            return 1;
        }
    }

    @Test
    void aBatchUnderWayAtShutdownFinishesAndNoNewOneStarts() throws Exception {
        OutboxRelay relay = new OutboxRelay();
        SlowBatch batch = new SlowBatch();
        relay.batch = batch;

        relay.requestDrain();
        assertThat(batch.started.await(5, TimeUnit.SECONDS)).isTrue();
        relay.stop(Duration.ofSeconds(5));

        assertThat(batch.finished).as("the batch under way committed before the database closes").hasValue(1);
        assertThatCode(relay::requestDrain).as("a commit observed while stopping").doesNotThrowAnyException();
        assertThatCode(relay::tick).doesNotThrowAnyException();
        Thread.sleep(100);
        assertThat(batch.calls).as("nothing starts once stopping").hasValue(1);
    }
}
