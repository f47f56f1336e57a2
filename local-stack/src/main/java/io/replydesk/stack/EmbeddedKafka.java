package io.replydesk.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import io.replydesk.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one node) running in a
 * child JVM over a caller-given data directory, so its state survives restarts.
 *
 * <p>A child JVM keeps the broker's class path and threads out of the caller's (Quarkus tests restart
 * their class loaders); the child stops by itself when the caller's JVM dies.
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** The main topics of ReplyDesk; each also gets a dead-letter topic. */
    public static final List<String> REPLYDESK_TOPICS = List.of(
            Topics.POSTS_OBSERVED, Topics.POSTS_ASSESSED, Topics.REPLIES_APPROVED, Topics.REPLIES_POSTED);

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final int port;
    private final Process process;
    private final Path logFile;

    private EmbeddedKafka(Path dataDir, int port, Process process, Path logFile) {
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts a broker on {@code port} (0 = any free port) and waits until it accepts clients. */
    public static EmbeddedKafka start(Path dataDir, int port) {
        return start(dataDir, port, false, dataDir.resolve("broker.log"));
    }

    /** Same as {@link #start(Path, int)} with the broker's output in {@code logFile}. */
    public static EmbeddedKafka start(Path dataDir, int port, Path logFile) {
        return start(dataDir, port, false, logFile);
    }

    /** Starts a broker on an emptied directory, for throw-away test data. */
    public static EmbeddedKafka startForTests(Path dataDir, int port) {
        return start(dataDir, port, true, dataDir.resolve("broker.log"));
    }

    private static EmbeddedKafka start(Path dataDir, int port, boolean wipe, Path logFile) {
        int brokerPort = LocalPorts.orFree(port);
        try {
            if (wipe) {
                DataDirectories.delete(dataDir);
            }
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Path config = writeConfig(dataDir.toAbsolutePath(), brokerPort, LocalPorts.free());
            Files.deleteIfExists(dataDir.resolve(KafkaBroker.READY_MARKER));
            Process process = new ProcessBuilder(ServiceSupervisor.withOwnSession(command(config)))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            EmbeddedKafka kafka = new EmbeddedKafka(dataDir, brokerPort, process, logFile);
            kafka.awaitReady();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka in " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates the missing ones among ReplyDesk's topics (3 partitions) and their dead-letter topics (1). */
    public void createReplyDeskTopics() {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : REPLYDESK_TOPICS) {
            topics.add(new NewTopic(topic, 3, (short) 1));
            topics.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
        }
        createTopics(topics);
    }

    /** Creates the topics that do not exist yet. */
    public void createTopics(Collection<NewTopic> topics) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops the broker cleanly (closing its stdin), killing it only if it hangs. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady() {
        Path marker = dataDir.resolve(KafkaBroker.READY_MARKER);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.exists(marker)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with code " + process.exitValue()
                        + " during start; see " + logFile);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Kafka not ready after " + START_TIMEOUT.toSeconds()
                        + " s; see " + logFile);
            }
            sleep(50);
        }
    }

    private static List<String> command(Path config) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true"));
        if (KafkaBroker.class.getClassLoader().getResource("org/jboss/logmanager/LogManager.class") != null) {
            // Quarkus test class paths bind slf4j to JBoss LogManager, which then needs to own JUL.
            command.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        }
        command.addAll(List.of("-cp", absoluteClassPath(),
                KafkaBroker.class.getName(), config.toString()));
        return command;
    }

    // The child may not share our working directory's meaning for relative entries: make them absolute.
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path writeConfig(Path dataDir, int port, int controllerPort) throws IOException {
        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        // Static voters: the controller port may change from one start to the next.
        props.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("log.dirs", dataDir.resolve("kraft").toString());
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "5");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("transaction.state.log.num.partitions", "5");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        props.setProperty("auto.create.topics.enable", "true");
        props.setProperty("num.partitions", "3");
        props.setProperty("log.cleaner.dedupe.buffer.size", "16777216");
        Path file = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(file)) {
            props.store(out, "written by ReplyDesk local-stack at each start");
        }
        return file;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
