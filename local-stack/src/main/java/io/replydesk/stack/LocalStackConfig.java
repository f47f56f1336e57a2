package io.replydesk.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@link LocalStack} starts: where state and the built services live, ports (0 = any free
 * port), the admin password, per-service heap and extra environment, and time limits.
 */
public record LocalStackConfig(
        Path stateDir,
        Path projectDir,
        int kafkaPort,
        int postgresPort,
        Map<LocalService, Integer> servicePorts,
        Map<LocalService, String> heaps,
        Map<LocalService, Map<String, String>> extraEnv,
        String adminPassword,
        Path javaBinary,
        Duration readyTimeout,
        Duration stopGrace) {

    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final String KAFKA_PORT_VARIABLE = "REPLYDESK_KAFKA_PORT";
    public static final String POSTGRES_PORT_VARIABLE = "REPLYDESK_POSTGRES_PORT";

    public LocalStackConfig {
        servicePorts = Map.copyOf(servicePorts);
        heaps = Map.copyOf(heaps);
        extraEnv = Map.copyOf(extraEnv);
    }

    public int port(LocalService service) {
        return servicePorts.get(service);
    }

    public String heap(LocalService service) {
        return heaps.get(service);
    }

    public Map<String, String> extraEnv(LocalService service) {
        return extraEnv.getOrDefault(service, Map.of());
    }

    public static Builder builder(Path projectDir) {
        return new Builder(projectDir);
    }

    /** Mutable builder; defaults are the local run's (ports 8080-8082, 19092, 15432, demo source on). */
    public static final class Builder {
        private final Path projectDir;
        private Path stateDir;
        private int kafkaPort = DEFAULT_KAFKA_PORT;
        private int postgresPort = DEFAULT_POSTGRES_PORT;
        private final Map<LocalService, Integer> servicePorts = new EnumMap<>(LocalService.class);
        private final Map<LocalService, String> heaps = new EnumMap<>(LocalService.class);
        private final Map<LocalService, Map<String, String>> extraEnv = new EnumMap<>(LocalService.class);
        private String adminPassword;
        private Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
        private Duration readyTimeout = Duration.ofSeconds(180);
        private Duration stopGrace = Duration.ofSeconds(20);

        private Builder(Path projectDir) {
            this.projectDir = projectDir.toAbsolutePath().normalize();
            this.stateDir = this.projectDir.resolve(".replydesk");
            for (LocalService service : LocalService.values()) {
                servicePorts.put(service, service.defaultPort());
                heaps.put(service, service.defaultHeap());
                extraEnv.put(service, new HashMap<>());
            }
            extraEnv.get(LocalService.COLLECTOR).put("REPLYDESK_COLLECTOR_DEMO_ENABLED", "true");
            extraEnv.get(LocalService.COLLECTOR).put("REPLYDESK_COLLECTOR_OUTBOUND_ALLOW_PRIVATE_ADDRESSES", "true");
        }

        /** Applies REPLYDESK_*_PORT and REPLYDESK_*_HEAP overrides from the given environment. */
        public Builder fromEnvironment(Map<String, String> env) {
            Function<String, Integer> portOf = name -> parsePort(name, env.get(name));
            if (env.containsKey(KAFKA_PORT_VARIABLE)) {
                kafkaPort = portOf.apply(KAFKA_PORT_VARIABLE);
            }
            if (env.containsKey(POSTGRES_PORT_VARIABLE)) {
                postgresPort = portOf.apply(POSTGRES_PORT_VARIABLE);
            }
            for (LocalService service : LocalService.values()) {
                if (env.containsKey(service.portVariable())) {
                    servicePorts.put(service, portOf.apply(service.portVariable()));
                }
                if (env.containsKey(service.heapVariable())) {
                    heaps.put(service, env.get(service.heapVariable()).trim());
                }
            }
            return this;
        }

        public Builder stateDir(Path dir) {
            stateDir = dir.toAbsolutePath().normalize();
            return this;
        }

        public Builder kafkaPort(int port) {
            kafkaPort = port;
            return this;
        }

        public Builder postgresPort(int port) {
            postgresPort = port;
            return this;
        }

        public Builder port(LocalService service, int port) {
            servicePorts.put(service, port);
            return this;
        }

        /** Uses free ports for everything: for tests that must not clash with a running local run. */
        public Builder anyFreePorts() {
            kafkaPort = 0;
            postgresPort = 0;
            servicePorts.replaceAll((service, port) -> 0);
            return this;
        }

        public Builder heap(LocalService service, String maxHeap) {
            heaps.put(service, maxHeap);
            return this;
        }

        public Builder env(LocalService service, String name, String value) {
            extraEnv.get(service).put(name, value);
            return this;
        }

        public Builder adminPassword(String password) {
            adminPassword = password;
            return this;
        }

        public Builder javaBinary(Path java) {
            javaBinary = java;
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            readyTimeout = timeout;
            return this;
        }

        public Builder stopGrace(Duration grace) {
            stopGrace = grace;
            return this;
        }

        public LocalStackConfig build() {
            if (adminPassword == null || adminPassword.isBlank()) {
                throw new IllegalArgumentException("an admin password is required");
            }
            Map<LocalService, Map<String, String>> env = new EnumMap<>(LocalService.class);
            extraEnv.forEach((service, vars) -> env.put(service, Map.copyOf(vars)));
            return new LocalStackConfig(stateDir, projectDir, kafkaPort, postgresPort, servicePorts, heaps, env,
                    adminPassword, javaBinary, readyTimeout, stopGrace);
        }

        private static int parsePort(String name, String value) {
            try {
                int port = Integer.parseInt(value.trim());
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + "=" + value + " is not a TCP port (0-65535)");
            }
        }
    }
}
