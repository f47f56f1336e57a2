package io.replydesk.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Drains the outbox on one background thread: right after a commit that wrote to it, and on a timer for rows
 * left behind by a failed send or a restart.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration KEEP_PUBLISHED = Duration.ofDays(7);
    /** Longer than a batch of 100 normally takes, shorter than Kubernetes' 30 s before it kills the pod. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    @Inject
    OutboxBatch batch;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopping;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        requestDrain();
    }

    @Scheduled(every = "${replydesk.outbox.interval:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        requestDrain();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        batch.purgePublishedBefore(KEEP_PUBLISHED);
    }

    public void requestDrain() {
        if (stopping || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // stopping: the rows stay in the outbox and go out after the next start
            queued.set(false);
        }
    }

    private void drain() {
        queued.set(false);
        try {
            while (batch.publishNext() == OutboxBatch.SIZE) {
                // full batch: more may be waiting
            }
        } catch (Exception e) {
            // rows stay unpublished and are retried on the next tick
            LOG.warnf("outbox relay could not publish yet: %s", e.toString());
        }
    }

    /**
     * Stops draining while the database is still open. Quarkus closes Hibernate before it destroys this bean, so a
     * drain that ran into {@code @PreDestroy} failed with "EntityManagerFactory is closed"; here a batch under way
     * may finish (its rows are then marked sent) and no new one starts.
     */
    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stop(SHUTDOWN_GRACE);
    }

    void stop(Duration grace) throws InterruptedException {
        stopping = true;
        worker.shutdown();
        if (!worker.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            worker.shutdownNow(); // the batch's transaction rolls back; its rows are sent again after the next start
        }
    }

    @PreDestroy
    void destroy() {
        worker.shutdownNow();
    }
}
