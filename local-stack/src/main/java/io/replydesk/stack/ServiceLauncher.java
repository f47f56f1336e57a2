package io.replydesk.stack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Turns the configuration and the running infrastructure into the supervised command line of each service. */
final class ServiceLauncher {

    private final LocalStackConfig config;
    private final Path logsDir;
    private final Consumer<String> reporter;

    ServiceLauncher(LocalStackConfig config, Path logsDir, Consumer<String> reporter) {
        this.config = config;
        this.logsDir = logsDir;
        this.reporter = reporter;
    }

    /** A supervisor for the packaged service, not started yet. */
    ServiceSupervisor supervisor(LocalService service, int port, EmbeddedKafka kafka, EmbeddedPostgres postgres) {
        Path jar = StartChecks.serviceJar(config, service);
        List<String> command = List.of(config.javaBinary().toString(), "-Xmx" + config.heap(service), "-jar", jar.toString());
        return new ServiceSupervisor(service.shortName(), command, environment(service, port, kafka, postgres),
                logsDir.resolve(service.shortName() + ".log"), config.stopGrace(), reporter);
    }

    private Map<String, String> environment(LocalService service, int port, EmbeddedKafka kafka,
            EmbeddedPostgres postgres) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("REPLYDESK_ADMIN_PASSWORD", config.adminPassword());
        env.putAll(config.extraEnv(service));
        return env;
    }
}
