package io.replydesk.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
        checkPortsAreFree(config);
        checkServicesAreBuilt(config);
        config.servicePorts().forEach((service, port) -> ports.put(service, LocalPorts.orFree(port)));
        try {
            startInfrastructure();
            startServices();
            awaitReady();
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
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady(http, service)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service.moduleName() + " not ready after " + timeout.toSeconds()
                        + " s (see " + supervisors.get(service).logFile() + ")");
            }
            EmbeddedKafka.sleep(500);
        }
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
        for (LocalService service : LocalService.values()) {
            Path jar = serviceJar(config, service);
            List<String> command = List.of(config.javaBinary().toString(), "-Xmx" + config.heap(service), "-jar", jar.toString());
            ServiceSupervisor supervisor = new ServiceSupervisor(service.shortName(), command, environment(service),
                    logsDir().resolve(service.shortName() + ".log"), config.stopGrace(), reporter);
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

    private Map<String, String> environment(LocalService service) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(service)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("REPLYDESK_ADMIN_PASSWORD", config.adminPassword());
        env.putAll(config.extraEnv(service));
        return env;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        long deadline = started + config.readyTimeout().toNanos();
        List<LocalService> waiting = new ArrayList<>(List.of(LocalService.values()));
        while (!waiting.isEmpty()) {
            requireOpen();
            waiting.removeIf(service -> {
                boolean ready = isReady(http, service);
                if (ready) {
                    reporter.accept("[replydesk] " + service.moduleName() + " ready on " + url(service)
                            + " in " + millisSince(started) + " ms");
                }
                return ready;
            });
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                StringBuilder message = new StringBuilder("not ready after " + config.readyTimeout().toSeconds() + " s:");
                for (LocalService service : waiting) {
                    message.append(' ').append(service.moduleName()).append(" (see ")
                            .append(supervisors.get(service).logFile()).append(')');
                }
                throw new IllegalStateException(message.toString());
            }
            EmbeddedKafka.sleep(500);
        }
    }

    private boolean isReady(HttpClient http, LocalService service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + service.moduleName(), e);
        }
    }

    /** Fails before anything starts, naming the port, its owner and the variable that moves it. */
    static void checkPortsAreFree(LocalStackConfig config) {
        requireFree(config.kafkaPort(), "Kafka", LocalStackConfig.KAFKA_PORT_VARIABLE);
        requireFree(config.postgresPort(), "PostgreSQL", LocalStackConfig.POSTGRES_PORT_VARIABLE);
        for (LocalService service : LocalService.values()) {
            requireFree(config.port(service), service.moduleName(), service.portVariable());
        }
    }

    private static void requireFree(int port, String owner, String variable) {
        if (port != 0 && !LocalPorts.isFree(port)) {
            throw new IllegalStateException("port " + port + " (" + owner + ") is already in use; "
                    + "stop the other process or set " + variable);
        }
    }

    private static void checkServicesAreBuilt(LocalStackConfig config) {
        for (LocalService service : LocalService.values()) {
            if (!Files.isRegularFile(serviceJar(config, service))) {
                throw new IllegalStateException(serviceJar(config, service) + " is missing; build the services first: "
                        + "./mvnw -B package -DskipTests");
            }
        }
    }

    private static Path serviceJar(LocalStackConfig config, LocalService service) {
        return config.projectDir().resolve(service.moduleName()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
