package io.replydesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.replydesk.stack.EmbeddedPostgres;
import io.replydesk.stack.LocalService;
import io.replydesk.stack.LocalStack;
import io.replydesk.stack.LocalStackConfig;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged services, each in its own JVM on real Kafka and PostgreSQL, started once for all end-to-end
 * test classes (it takes half a minute) and stopped when the last one is done. A WireMock "platform"
 * receives the replies to webhook sources and serves what tests stub on it (feeds, a Mastodon server). The
 * admin password and a Mastodon credential are canaries (see Canaries), and every API answer is recorded.
 */
public final class SharedStack implements ExtensionContext.Store.CloseableResource {

    /** A canary: finding it in a log or an API answer is a leak (SecretsNeverLeakIT). */
    static final String PASSWORD = Canaries.ADMIN_PASSWORD;

    private static SharedStack started;

    final LocalStack stack;
    final WireMockServer receiver;
    final SeenResponses responses = new SeenResponses();

    private SharedStack() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/replies")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"platform-reply-1\"}")));
        RestAssured.filters(responses);
        Path state = Path.of(System.getProperty("replydesk.e2e.state.dir"));
        deleteRecursively(state); // every run starts from empty databases and topics; the last run's state stays for reading
        stack = LocalStack.start(LocalStackConfig.builder(Path.of(System.getProperty("replydesk.project.dir")))
                .stateDir(state)
                .anyFreePorts()
                .adminPassword(PASSWORD)
                .env(LocalService.COLLECTOR, "REPLYDESK_COLLECTOR_DEMO_ENABLED", "false")
                // feeds polled every few seconds, so a fixed feed is read again within the test's patience
                .env(LocalService.COLLECTOR, "REPLYDESK_COLLECTOR_POLLING_TICK", "1s")
                .env(LocalService.COLLECTOR, "REPLYDESK_COLLECTOR_POLLING_MIN_POLL_INTERVAL", "PT1S")
                .env(LocalService.COLLECTOR, "REPLYDESK_CREDENTIAL_E2E_MASTODON", Canaries.MASTODON_TOKEN)
                .readyTimeout(Duration.ofMinutes(4))
                .build(), line -> System.out.println("[e2e] " + line));
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    static synchronized SharedStack get() {
        if (started == null) {
            started = new SharedStack();
        }
        return started;
    }

    /** {@code @ExtendWith(SharedStack.Extension.class)}: starts the stack and stops it after the last class. */
    public static final class Extension implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            // on the root store, so it closes after the last test class of the run
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SharedStack.class, k -> get(), SharedStack.class);
        }
    }

    @Override
    public void close() {
        stack.close();
        receiver.stop();
    }

    String collector() {
        return stack.url(LocalService.COLLECTOR);
    }

    String response() {
        return stack.url(LocalService.RESPONSE);
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", PASSWORD);
    }

    /** A webhook source whose replies go to the receiver: its id and ingest token. */
    Map<String, Object> webhookSource(String name) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("type", "webhook", "name", name, "replyCallbackUrl", receiver.baseUrl() + "/replies"))
                .post(collector() + "/api/v1/sources").then().statusCode(201).extract().jsonPath().getMap("");
    }

    void ingest(Map<String, Object> source, Map<String, Object> post) {
        push(source, post).statusCode(202);
    }

    /** Pushes one post or a list of them to a webhook source with its ingest token. */
    ValidatableResponse push(Map<String, Object> source, Object posts) {
        return given().header("Authorization", "Bearer " + source.get("ingestToken")).contentType(ContentType.JSON)
                .body(posts).post(collector() + "/api/v1/ingest/" + source.get("id")).then();
    }

    /** The source's observed posts, as the collector's API shows them. */
    List<Map<String, Object>> posts(String sourceId) {
        return admin().get(collector() + "/api/v1/posts?sourceId=" + sourceId).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    Map<String, Object> source(String sourceId) {
        return admin().get(collector() + "/api/v1/sources/" + sourceId).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    /** Every log file of the run: the three services, Kafka and PostgreSQL. */
    List<Path> logFiles() {
        try (Stream<Path> files = Files.list(stack.logsDir())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + stack.logsDir(), e);
        }
    }

    /** What a service has logged so far. */
    String log(LocalService service) {
        return read(stack.supervisor(service).logFile());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The tables of a service's database. */
    List<String> tables(LocalService service) {
        List<String> tables = new ArrayList<>();
        query(service, "select table_name from information_schema.tables where table_schema = 'public'"
                + " order by table_name", null, rows -> {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                });
        return tables;
    }

    /** A {@code select count(*)} with one text parameter, straight from a service's database. */
    long count(LocalService service, String sql, String parameter) {
        long[] count = new long[1];
        query(service, sql, parameter, rows -> {
            rows.next();
            count[0] = rows.getLong(1);
        });
        return count[0];
    }

    private interface Rows {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(LocalService service, String sql, String parameter, Rows reader) {
        try (Connection connection = EmbeddedPostgres.connect(stack.postgres().port(), service.database());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query " + service.database() + ": " + e.getMessage(), e);
        }
    }

    /** Every service answers its readiness probe with 200. */
    void assertAllReady() {
        for (LocalService service : LocalService.values()) {
            given().get(stack.url(service) + "/q/health/ready").then().statusCode(200);
        }
    }

    Map<String, Object> draftOf(String postId) {
        List<Map<String, Object>> drafts = admin().get(response() + "/api/v1/drafts?limit=1000").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return drafts.stream().filter(d -> postId.equals(d.get("postId"))).findFirst().orElse(null);
    }

    Map<String, Object> awaitDraft(String postId) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> draftOf(postId), d -> d != null);
    }
}
