package io.replydesk.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** What must hold before the local stack starts anything, so a failed start names its cause and leaves nothing behind. */
final class StartChecks {

    private StartChecks() {
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

    static void checkServicesAreBuilt(LocalStackConfig config) {
        for (LocalService service : LocalService.values()) {
            if (!Files.isRegularFile(serviceJar(config, service))) {
                throw new IllegalStateException(serviceJar(config, service) + " is missing; build the services first: "
                        + "./mvnw -B package -DskipTests");
            }
        }
    }

    static Path serviceJar(LocalStackConfig config, LocalService service) {
        return config.projectDir().resolve(service.moduleName()).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
