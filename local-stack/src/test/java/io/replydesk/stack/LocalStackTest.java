package io.replydesk.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

    @TempDir
    Path dir;

    private final List<String> reports = new ArrayList<>();

    @Test
    void startsInfrastructureAndServicesWithTheirEnvironmentThenStopsAll() throws Exception {
        Path project = fakeProject();
        LocalStackConfig config = LocalStackConfig.builder(project).stateDir(dir.resolve("state")).anyFreePorts()
                .adminPassword("s3cret-admin").env(LocalService.COLLECTOR, "REPLYDESK_COLLECTOR_DEMO_ENABLED", "false")
                .heap(LocalService.SENTIMENT, "48m").heap(LocalService.COLLECTOR, "48m").heap(LocalService.RESPONSE, "48m")
                .readyTimeout(Duration.ofSeconds(60)).stopGrace(Duration.ofSeconds(5)).build();

        List<Integer> servicePorts = new ArrayList<>();
        try (LocalStack stack = LocalStack.start(config, reports::add)) {
            for (LocalService service : LocalService.values()) {
                servicePorts.add(stack.port(service));
            }
            String collectorEnv = get(stack.url(LocalService.COLLECTOR) + "/env");
            assertThat(collectorEnv.lines()).contains(
                    "QUARKUS_HTTP_PORT=" + stack.port(LocalService.COLLECTOR),
                    "KAFKA_BOOTSTRAP_SERVERS=" + stack.kafkaBootstrapServers(),
                    "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:" + stack.postgres().port() + "/collector",
                    "QUARKUS_DATASOURCE_USERNAME=postgres",
                    "QUARKUS_DATASOURCE_PASSWORD=postgres",
                    "REPLYDESK_ADMIN_PASSWORD=s3cret-admin",
                    "REPLYDESK_COLLECTOR_DEMO_ENABLED=false",
                    "REPLYDESK_COLLECTOR_OUTBOUND_ALLOW_PRIVATE_ADDRESSES=true");
            String responseEnv = get(stack.url(LocalService.RESPONSE) + "/env");
            assertThat(responseEnv.lines()).contains(
                    "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:" + stack.postgres().port() + "/response")
                    .noneMatch(line -> line.startsWith("REPLYDESK_COLLECTOR_"));
            for (LocalService service : LocalService.values()) {
                try (Connection connection = EmbeddedPostgres.connect(stack.postgres().port(), service.database())) {
                    assertThat(connection.isValid(5)).isTrue();
                }
            }
            assertThat(stack.logsDir().resolve("sentiment.log")).content().contains("fake service listening");
            assertThat(stack.logsDir().resolve("kafka.log")).content().contains("Kafka broker ready");
            assertThat(reports).anyMatch(line -> line.startsWith("[replydesk] collector-service ready on "));
        }
        assertThat(reports).last().isEqualTo("[replydesk] stopped");
        assertThat(reports).noneMatch(line -> line.contains("exited with code"));
        assertThat(servicePorts).allMatch(LocalPorts::isFree);
    }

    @Test
    void aKilledServiceComesBackAndKafkaAndPostgresRestartOnTheirPortsWithTheirData() throws Exception {
        LocalStackConfig config = LocalStackConfig.builder(fakeProject()).stateDir(dir.resolve("state")).anyFreePorts()
                .adminPassword("x").heap(LocalService.SENTIMENT, "48m").heap(LocalService.COLLECTOR, "48m")
                .heap(LocalService.RESPONSE, "48m").readyTimeout(Duration.ofSeconds(60)).stopGrace(Duration.ofSeconds(5))
                .build();
        try (LocalStack stack = LocalStack.start(config, reports::add)) {
            long killed = stack.kill(LocalService.COLLECTOR);
            stack.awaitReady(LocalService.COLLECTOR, Duration.ofSeconds(60));
            assertThat(stack.supervisor(LocalService.COLLECTOR).pid()).isNotEqualTo(killed);
            assertThat(stack.supervisor(LocalService.COLLECTOR).restarts()).isEqualTo(1);
            assertThat(reports).anyMatch(line -> line.startsWith("[replydesk] collector exited with code 137"));

            String kafka = stack.kafkaBootstrapServers();
            stack.stopKafka();
            assertThat(stack.kafka().isRunning()).isFalse();
            stack.startKafka();
            assertThat(stack.kafkaBootstrapServers()).isEqualTo(kafka);
            try (var admin = stack.kafka().admin()) {
                assertThat(admin.listTopics().names().get()).contains("posts.observed", "posts.observed.dlq");
            }

            int postgresPort = stack.postgres().port();
            try (Connection connection = EmbeddedPostgres.connect(postgresPort, "collector")) {
                connection.createStatement().execute("create table kept (id int)");
            }
            stack.stopPostgres();
            stack.startPostgres();
            assertThat(stack.postgres().port()).isEqualTo(postgresPort);
            try (Connection connection = EmbeddedPostgres.connect(postgresPort, "collector")) {
                assertThat(connection.createStatement().executeQuery("select count(*) from kept").next()).isTrue();
            }
        }
    }

    @Test
    void refusesToStartWhenAPortIsTakenAndNamesWhoNeedsIt() throws Exception {
        Path project = fakeProject();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            LocalStackConfig.Builder base = LocalStackConfig.builder(project).stateDir(dir.resolve("state"))
                    .anyFreePorts().adminPassword("x");

            assertThatThrownBy(() -> LocalStack.start(base.port(LocalService.RESPONSE, port).build(), reports::add))
                    .hasMessage("port " + port + " (response-service) is already in use; "
                            + "stop the other process or set REPLYDESK_RESPONSE_PORT");
            base.port(LocalService.RESPONSE, 0).kafkaPort(port);
            assertThatThrownBy(() -> LocalStack.start(base.build(), reports::add))
                    .hasMessage("port " + port + " (Kafka) is already in use; stop the other process or set REPLYDESK_KAFKA_PORT");
        }
        assertThat(dir.resolve("state/kafka")).doesNotExist();
    }

    @Test
    void asksForABuildWhenAServiceJarIsMissing() {
        LocalStackConfig config = LocalStackConfig.builder(dir).stateDir(dir.resolve("state")).anyFreePorts()
                .adminPassword("x").build();
        assertThatThrownBy(() -> LocalStack.start(config, reports::add))
                .hasMessageContaining("response-service/target/quarkus-app/quarkus-run.jar is missing")
                .hasMessageContaining("./mvnw -B package -DskipTests");
    }

    /** A checkout whose three "built services" are {@link FakeService}. */
    private Path fakeProject() throws IOException {
        Path project = dir.resolve("project");
        String testClasses = FakeService.class.getProtectionDomain().getCodeSource().getLocation().toString();
        for (LocalService service : LocalService.values()) {
            Path jar = project.resolve(service.moduleName()).resolve("target/quarkus-app/quarkus-run.jar");
            Files.createDirectories(jar.getParent());
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses);
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
                // the manifest is the whole jar
            }
        }
        return project;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
