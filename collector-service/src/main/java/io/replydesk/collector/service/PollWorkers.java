package io.replydesk.collector.service;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The workers that take sources in, one piece of work per source at a time. Stopping refuses new work and gives
 * what runs a grace period to finish while the database is still open; what outlasts it is interrupted.
 */
final class PollWorkers {

    private final ExecutorService pool;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    PollWorkers(int threads) {
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "source-poll");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the work on a worker, unless work on the same source is under way or the workers are stopping. */
    boolean submit(String sourceId, Runnable work) {
        if (!claim(sourceId)) {
            return false;
        }
        try {
            pool.execute(() -> runClaimed(sourceId, work));
            return true;
        } catch (RejectedExecutionException e) {
            busy.remove(sourceId);
            return false;
        }
    }

    /** Runs the work here and now, unless work on the same source is under way or the workers are stopping. */
    boolean runNow(String sourceId, Runnable work) {
        if (!claim(sourceId)) {
            return false;
        }
        runClaimed(sourceId, work);
        return true;
    }

    private boolean claim(String sourceId) {
        return !stopping && busy.add(sourceId);
    }

    private void runClaimed(String sourceId, Runnable work) {
        try {
            work.run();
        } finally {
            busy.remove(sourceId);
        }
    }

    /** Whether the workers were told to stop: work cut short now is the shutdown's doing, not the source's. */
    boolean stopping() {
        return stopping;
    }

    /**
     * Refuses new work, waits up to {@code grace} for what runs (on the workers or in {@link #runNow}), then
     * interrupts what still runs on the workers.
     *
     * @return whether everything finished within the grace period
     */
    boolean stop(Duration grace) throws InterruptedException {
        stopping = true;
        pool.shutdown();
        long deadline = System.nanoTime() + grace.toNanos();
        while (!busy.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean finished = busy.isEmpty();
        pool.shutdownNow();
        pool.awaitTermination(1, TimeUnit.SECONDS);
        return finished;
    }
}
