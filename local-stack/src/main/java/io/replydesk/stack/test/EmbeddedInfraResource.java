package io.replydesk.stack.test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.replydesk.stack.EmbeddedKafka;
import io.replydesk.stack.EmbeddedPostgres;

/**
 * Quarkus test resource giving a service real Kafka and PostgreSQL without Docker: one broker and one
 * server per JVM, started on first use and stopped when the JVM exits, so every Quarkus restart in
 * the same test run reuses them. Init arg {@code database} names the service's database.
 * With {@code -Dreplydesk.infra=devservices} it provides nothing and Dev Services take over.
 */
public class EmbeddedInfraResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    // Quarkus may load this class once per application class loader: the running infrastructure
    // is published in system properties so that every copy of the class finds the same one.
    private static final String KAFKA_PROPERTY = "replydesk.embedded.kafka.bootstrap-servers";
    private static final String POSTGRES_PROPERTY = "replydesk.embedded.postgres.port";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
    }

    @Override
    public Map<String, String> start() {
        if ("devservices".equals(System.getProperty("replydesk.infra"))) {
            return Map.of();
        }
        startOncePerJvm();
        int postgresPort = Integer.parseInt(System.getProperty(POSTGRES_PROPERTY));
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", System.getProperty(KAFKA_PROPERTY));
        if (database != null) {
            EmbeddedPostgres.createDatabaseIfMissing(postgresPort, database);
            config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgresPort + "/" + database);
            config.put("quarkus.datasource.username", EmbeddedPostgres.USERNAME);
            config.put("quarkus.datasource.password", EmbeddedPostgres.PASSWORD);
        }
        return config;
    }

    @Override
    public void stop() {
        // Deliberately empty: the shutdown hook stops Kafka and PostgreSQL once the JVM is done.
    }

    private static void startOncePerJvm() {
        synchronized (System.class) { // a lock every class loader shares
            if (System.getProperty(KAFKA_PROPERTY) != null) {
                return;
            }
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "replydesk-infra");
            long started = System.nanoTime();
            EmbeddedKafka kafka = EmbeddedKafka.startForTests(root.resolve("kafka"), 0);
            EmbeddedPostgres postgres;
            try {
                postgres = EmbeddedPostgres.startForTests(root.resolve("postgres"), 0);
            } catch (RuntimeException e) {
                kafka.stop();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.stop();
                postgres.stop();
            }, "replydesk-infra-stop"));
            kafka.createReplyDeskTopics();
            System.setProperty(KAFKA_PROPERTY, kafka.bootstrapServers());
            System.setProperty(POSTGRES_PROPERTY, Integer.toString(postgres.port()));
            System.out.printf("[replydesk] embedded Kafka %s and PostgreSQL on port %d ready in %d ms%n",
                    kafka.bootstrapServers(), postgres.port(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
