package io.replydesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.replydesk.stack.LocalService;
import io.replydesk.stack.LocalStack;
import io.replydesk.stack.LocalStackConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged services, each in its own JVM on real Kafka and PostgreSQL, started once for all end-to-end
 * test classes (it takes half a minute) and stopped when the last one is done. A WireMock "platform"
 * receives the replies to webhook sources.
 */
public final class SharedStack implements ExtensionContext.Store.CloseableResource {

    static final String PASSWORD = "e2e-admin-password";

    private static SharedStack started;

    final LocalStack stack;
    final WireMockServer receiver;

    private SharedStack() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/replies")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"platform-reply-1\"}")));
        Path state = Path.of(System.getProperty("replydesk.e2e.state.dir"));
        deleteRecursively(state); // every run starts from empty databases and topics; the last run's state stays for reading
        stack = LocalStack.start(LocalStackConfig.builder(Path.of(System.getProperty("replydesk.project.dir")))
                .stateDir(state)
                .anyFreePorts()
                .adminPassword(PASSWORD)
                .env(LocalService.COLLECTOR, "REPLYDESK_COLLECTOR_DEMO_ENABLED", "false")
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
        given().header("Authorization", "Bearer " + source.get("ingestToken")).contentType(ContentType.JSON)
                .body(post).post(collector() + "/api/v1/ingest/" + source.get("id")).then().statusCode(202);
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
