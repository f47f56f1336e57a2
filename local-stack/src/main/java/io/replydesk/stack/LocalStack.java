package io.replydesk.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole of ReplyDesk on one machine without Docker: Kafka, PostgreSQL (state kept under the
 * state directory) and the three services as supervised child processes. Closing it stops the
 * services, then Kafka, then PostgreSQL.
 */
public final class LocalStack implements AutoCloseable {

    private final LocalStackConfig config;
    private final Map<LocalService, Integer> ports = new EnumMap<>(LocalService.class);
    private final Map<LocalService, ServiceSupervisor> supervisors = new EnumMap<>(LocalService.class);
    private final Consumer<String> reporter;
    private final Object lock = new Object();
    private final ReadinessWait readiness = new ReadinessWait(this::url, service -> supervisors.get(service).logFile());
    private volatile EmbeddedKafka kafka;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closed;

    private LocalStack(LocalStackConfig config, Consumer<String> reporter) {
        this.config = config;
        this.reporter = reporter;
    }

    /** Starts everything and returns once every service answers 200 on /q/health/ready. */
    public static LocalStack start(LocalStackConfig config) {
        return start(config, System.out::println);
    }

    public static LocalStack start(LocalStackConfig config, Consumer<String> reporter) {
        LocalStack stack = prepare(config, reporter);
        stack.start();
        return stack;
    }

    /**
     * A stack that has not started yet: register {@link #close()} (e.g. in a shutdown hook) before
     * calling {@link #start()}, so that an interrupted start leaves nothing running.
     */
    public static LocalStack prepare(LocalStackConfig config, Consumer<String> reporter) {
        return new LocalStack(config, reporter);
    }

    /** Checks ports and builds, then starts Kafka, PostgreSQL and the services, and waits until all are ready. */
    public void start() {
        StartChecks.checkPortsAreFree(config);
        StartChecks.checkServicesAreBuilt(config);
        config.servicePorts().forEach((service, port) -> ports.put(service, LocalPorts.orFree(port)));
        try {
            startInfrastructure();
            startServices();
            readiness.awaitAll(config.readyTimeout(), this::requireOpen, reporter);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startInfrastructure() {
        Path logs = logsDir();
        synchronized (lock) {
            requireOpen();
            long started = System.nanoTime();
            kafka = EmbeddedKafka.start(config.stateDir().resolve("kafka"), config.kafkaPort(), logs.resolve("kafka.log"));
            reporter.accept("[replydesk] Kafka ready on " + kafka.bootstrapServers() + " in " + millisSince(started) + " ms");
        }
        synchronized (lock) {
            requireOpen();
            long started = System.nanoTime();
            postgres = EmbeddedPostgres.start(config.stateDir().resolve("postgres"), config.postgresPort(),
                    logs.resolve("postgres.log"));
            reporter.accept("[replydesk] PostgreSQL ready on port " + postgres.port() + " in " + millisSince(started) + " ms");
        }
        kafka.createReplyDeskTopics();
        for (LocalService service : LocalService.values()) {
            postgres.createDatabaseIfMissing(service.database());
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the local stack was stopped while starting");
        }
    }

    public String url(LocalService service) {
        return "http://localhost:" + ports.get(service);
    }

    public int port(LocalService service) {
        return ports.get(service);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public String jdbcUrl(LocalService service) {
        return postgres.jdbcUrl(service.database());
    }

    public ServiceSupervisor supervisor(LocalService service) {
        return supervisors.get(service);
    }

    /**
     * Kills a service the hard way (SIGKILL: no shutdown hooks, no flushes), as a crash would; its supervisor
     * restarts it on the same port. Returns the pid that was killed.
     */
    public long kill(LocalService service) {
        long pid = supervisors.get(service).pid();
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
        return pid;
    }

    /** Stops the broker cleanly; {@link #startKafka()} brings it back on the same port over the same data. */
    public void stopKafka() {
        kafka.stop();
        reporter.accept("[replydesk] Kafka stopped");
    }

    public void startKafka() {
        synchronized (lock) {
            requireOpen();
            kafka = EmbeddedKafka.start(kafka.dataDir(), kafka.port(), logsDir().resolve("kafka.log"));
        }
        reporter.accept("[replydesk] Kafka restarted on " + kafka.bootstrapServers());
    }

    /** Stops PostgreSQL (fast shutdown); {@link #startPostgres()} brings it back on the same port and data. */
    public void stopPostgres() {
        postgres.stop();
        reporter.accept("[replydesk] PostgreSQL stopped");
    }

    public void startPostgres() {
        synchronized (lock) {
            requireOpen();
            postgres = EmbeddedPostgres.start(postgres.dataDir(), postgres.port(), logsDir().resolve("postgres.log"));
        }
        reporter.accept("[replydesk] PostgreSQL restarted on port " + postgres.port());
    }

    /** Waits until the service answers 200 on /q/health/ready, e.g. after its supervisor restarted it. */
    public void awaitReady(LocalService service, Duration timeout) {
        readiness.awaitOne(service, timeout);
    }

    public Path logsDir() {
        return config.stateDir().resolve("logs");
    }

    /** Stops the services (SIGTERM, then kill after the grace period), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (kafka == null) {
            return; // nothing was started
        }
        reporter.accept("[replydesk] stopping the services, then Kafka and PostgreSQL");
        List<Thread> stoppers = new ArrayList<>();
        for (ServiceSupervisor supervisor : supervisors.values()) {
            Thread stopper = new Thread(supervisor::stop, "stop-" + supervisor.name());
            stopper.start();
            stoppers.add(stopper);
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kafka.stop();
        if (postgres != null) {
            postgres.stop();
        }
        reporter.accept("[replydesk] stopped");
    }

    private void startServices() {
        ServiceLauncher launcher = new ServiceLauncher(config, logsDir(), reporter);
        for (LocalService service : LocalService.values()) {
            ServiceSupervisor supervisor = launcher.supervisor(service, ports.get(service), kafka, postgres);
            synchronized (lock) {
                requireOpen();
                try {
                    supervisor.start();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start " + service.moduleName(), e);
                }
                supervisors.put(service, supervisor);
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
