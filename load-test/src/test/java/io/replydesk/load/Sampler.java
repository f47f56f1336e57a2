package io.replydesk.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Samples consumer lag, the collector's outbox backlog and every watched process's CPU time and memory at a fixed interval, in the background. */
final class Sampler implements AutoCloseable {

    /** Everything read at one moment. */
    record Snapshot(Instant at, ConsumerLag.Sample lag, long collectorOutbox, Map<String, WatchedProcess.Usage> usage) {
    }

    private final ConsumerLag lag;
    private final LongSupplier collectorOutbox;
    private final List<WatchedProcess> processes;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "load-sampler");
        t.setDaemon(true);
        return t;
    });

    /** @param collectorOutbox rows the collector has written to its outbox but not yet relayed to Kafka */
    Sampler(ConsumerLag lag, LongSupplier collectorOutbox, List<WatchedProcess> processes) {
        this.lag = lag;
        this.collectorOutbox = collectorOutbox;
        this.processes = processes;
    }

    void start(Duration interval) {
        timer.scheduleAtFixedRate(this::sampleQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Takes a snapshot now (also used to mark the start and end of the measured phase). */
    Snapshot sample() {
        Map<String, WatchedProcess.Usage> usage = new LinkedHashMap<>();
        for (WatchedProcess process : processes) {
            process.usage().ifPresent(u -> usage.put(process.name(), u));
        }
        Snapshot snapshot = new Snapshot(Instant.now(), lag.sample(), collectorOutbox.getAsLong(), usage);
        synchronized (snapshots) {
            snapshots.add(snapshot);
        }
        return snapshot;
    }

    private void sampleQuietly() {
        try {
            sample();
        } catch (RuntimeException e) {
            synchronized (snapshots) {
                if (errors.size() < 10) {
                    errors.add(Instant.now() + " " + e);
                }
            }
        }
    }

    List<Snapshot> snapshots() {
        synchronized (snapshots) {
            return List.copyOf(snapshots);
        }
    }

    List<String> errors() {
        synchronized (snapshots) {
            return List.copyOf(errors);
        }
    }

    List<String> processNames() {
        return processes.stream().map(WatchedProcess::name).toList();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
