package io.replydesk.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.stack.LocalService;
import io.replydesk.stack.LocalStack;
import io.replydesk.stack.LocalStackConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

/**
 * Sustained load through the three packaged services, each in its own JVM on the real embedded Kafka and
 * PostgreSQL: realistic Italian, Hungarian and English posts pushed to a webhook source at a steady rate
 * ({@code load.rate}) for {@code load.duration} after a warm-up. It reports latency, consumer lag, CPU, memory
 * and throughput (printed and written to {@code target/load-report.md}) and fails only when the pipeline did
 * not drain or lost a post; the figures themselves are reported, never asserted.
 */
class SustainedLoadIT {

    private static final String PASSWORD = "load-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pipelineKeepsUpAndLosesNothing() throws Exception {
        LoadSettings settings = LoadSettings.from(System.getProperties());
        PostCorpus corpus = PostCorpus.load(
                settings.projectDir().resolve("sentiment-service/src/test/resources/quality"), settings.seed());
        deleteRecursively(settings.stateDir()); // empty databases and topics; the last run's logs stay until the next
        try (LocalStack stack = LocalStack.start(LocalStackConfig.builder(settings.projectDir())
                        .stateDir(settings.stateDir())
                        .anyFreePorts()
                        .adminPassword(PASSWORD)
                        .env(LocalService.COLLECTOR, "REPLYDESK_COLLECTOR_DEMO_ENABLED", "false")
                        .readyTimeout(Duration.ofMinutes(4))
                        .build(), line -> System.out.println("[load] " + line));
                Admin admin = stack.kafka().admin()) {
            JsonNode source = webhookSource(stack.url(LocalService.COLLECTOR));
            String sourceId = source.get("id").asText();
            ConsumerLag lag = new ConsumerLag(admin);
            LoadRun run;
            int postgresPort = stack.postgres().port();
            try (Sampler sampler = new Sampler(lag,
                    () -> PipelineLedger.outboxPending(postgresPort, LocalService.COLLECTOR.database()),
                    WatchedProcess.of(stack, settings.stateDir().resolve("postgres")));
                    PostGenerator generator = new PostGenerator(stack.url(LocalService.COLLECTOR), sourceId,
                            source.get("ingestToken").asText(), corpus, settings)) {
                sampler.start(settings.sampleInterval());
                PostGenerator.Phase warmup = null;
                if (!settings.warmup().isZero()) {
                    System.out.println("[load] warm-up: " + settings.rate() + " posts/s for " + settings.warmup());
                    warmup = generator.run("warm-up", "warmup-", settings.warmup());
                }
                String loadBefore = MachineCpu.loadAverage();
                System.out.println("[load] measuring: " + settings.rate() + " posts/s for " + settings.duration());
                Sampler.Snapshot start = sampler.sample();
                long busyBefore = MachineCpu.busyNanos();
                PostGenerator.Phase measured = generator.run("measured", "load-", settings.duration());
                Sampler.Snapshot end = sampler.sample();
                long busy = busyBefore < 0 ? -1 : MachineCpu.busyNanos() - busyBefore;
                System.out.println("[load] sent " + measured.posts() + " posts, waiting for the pipeline to drain");
                Instant drainedAt = awaitDrained(lag, stack, settings.drainTimeout());
                String loadAfter = MachineCpu.loadAverage();
                sampler.close();
                sampler.sample(); // the final state, drained or not
                sampler.errors().forEach(e -> System.out.println("[load] sampling failed: " + e));
                Map<String, Integer> restarts = new LinkedHashMap<>();
                for (LocalService service : LocalService.values()) {
                    restarts.put(service.shortName(), stack.supervisor(service).restarts());
                }
                PipelineLedger ledger = PipelineLedger.read(postgresPort, stack.kafkaBootstrapServers(), sourceId);
                run = new LoadRun(settings, sourceId, warmup, measured, start, end, busy, loadBefore, loadAfter,
                        drainedAt, sampler.snapshots(), restarts, ledger);
            }
            String report = LoadReport.markdown(run);
            Files.createDirectories(settings.report().toAbsolutePath().getParent());
            Files.writeString(settings.report(), report, StandardCharsets.UTF_8);
            System.out.println(report);
            System.out.println("[load] report written to " + settings.report());

            assertThat(run.measured().accepted()).as("posts accepted by the collector").isNotEmpty();
            assertThat(run.drained()).as("every consumer group and outbox empty within %s after the last post "
                    + "(see the lag table in %s)", settings.drainTimeout(), settings.report()).isTrue();
            assertThat(run.losses()).as("posts lost on the way (see %s)", settings.report()).isEmpty();
        }
    }

    /** Waits until every consumer group has committed up to the end of its topics and both outboxes are empty. */
    private static Instant awaitDrained(ConsumerLag lag, LocalStack stack, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            int port = stack.postgres().port();
            if (PipelineLedger.outboxPending(port, LocalService.COLLECTOR.database()) == 0
                    && PipelineLedger.outboxPending(port, LocalService.RESPONSE.database()) == 0
                    && lag.sample().drained()) {
                return Instant.now();
            }
            Thread.sleep(1000);
        }
        return null;
    }

    private static void deleteRecursively(java.nio.file.Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> paths = Files.walk(dir)) {
            for (java.nio.file.Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static JsonNode webhookSource(String collector) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("type", "webhook", "name", "load test",
                // nothing is approved during the load, so nothing is ever sent here
                "replyCallbackUrl", "http://localhost:9/replies"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(collector + "/api/v1/sources"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("create the webhook source: %s", response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }
}
