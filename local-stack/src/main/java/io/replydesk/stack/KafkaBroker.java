package io.replydesk.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * Entry point of the child JVM that runs one KRaft broker+controller: formats the storage on first
 * use only, starts the server, writes a ready marker and stops cleanly when its parent closes stdin
 * (or dies, which closes it too) or on SIGTERM.
 */
public final class KafkaBroker {

    static final String READY_MARKER = "broker.ready";

    // Strong references: java.util.logging forgets levels set on loggers nobody holds.
    private static final List<Logger> QUIET_LOGGERS = new ArrayList<>();

    private KafkaBroker() {
    }

    public static void main(String[] args) throws Exception {
        quietLogs();
        Path configFile = Path.of(args[0]);
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(configFile)) {
            props.load(in);
        }
        Path logDir = Path.of(props.getProperty("log.dirs"));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(configFile);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        Thread stopper = new Thread(() -> stop(server), "kafka-broker-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        server.startup();
        Files.writeString(configFile.resolveSibling(READY_MARKER), "ready\n");
        System.out.println("[replydesk] Kafka broker ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // Wait for end of input: the parent closed the pipe or is gone.
        }
        System.exit(0); // runs the shutdown hook, which stops the server
    }

    private static synchronized void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
        System.out.println("[replydesk] Kafka broker stopped");
    }

    private static void format(Path configFile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString(), "--ignore-formatted"};
        int code;
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            code = StorageTool.execute(args, print);
        }
        System.out.print(out.toString(StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("kafka-storage format failed with code " + code + ": " + out);
        }
    }

    private static void quietLogs() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        for (String name : List.of("", "kafka", "org.apache.kafka", "state.change.logger")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIET_LOGGERS.add(logger);
        }
    }
}
