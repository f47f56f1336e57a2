package io.replydesk.sentiment.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analyze endpoints need no login (DESIGN.md: in Kubernetes a NetworkPolicy keeps them inside the cluster).
 * This test keeps that a decision: a new endpoint, or a login added to these, must change the list here. Being
 * open, they are still closed to other sites' scripts (no CORS) and to forms.
 */
@QuarkusTest
class OpenEndpointsTest {

    /** Every endpoint of the service, each deliberately open to anonymous callers. */
    static final Set<String> OPEN = Set.of("POST /api/v1/analyze", "POST /api/v1/analyze/batch");

    private static final String EVIL = "https://evil.example";

    @Test
    void theOpenEndpointsAreExactlyTheAnalyzeOnes() throws IOException {
        assertThat(endpoints()).containsExactlyInAnyOrderElementsOf(OPEN);
    }

    @Test
    void anonymousCallersAreAnswered() {
        given().contentType(ContentType.JSON).body("{\"text\": \"The pizza was cold\", \"language\": \"en\"}")
                .post("/api/v1/analyze").then().statusCode(200);
        given().contentType(ContentType.JSON).body("[{\"text\": \"Ottima pizza\", \"language\": \"it\"}]")
                .post("/api/v1/analyze/batch").then().statusCode(200);
        // there is no login to get wrong: credentials are ignored, not checked
        given().auth().preemptive().basic("nobody", "nothing").contentType(ContentType.JSON)
                .body("{\"text\": \"ok\", \"language\": \"en\"}").post("/api/v1/analyze").then().statusCode(200);
    }

    @Test
    void otherSitesCanNeitherReadNorPostForms() {
        Response preflight = given().header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").options("/api/v1/analyze");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();

        Response simple = given().header("Origin", EVIL).contentType(ContentType.JSON)
                .body("{\"text\": \"ok\", \"language\": \"en\"}").post("/api/v1/analyze");
        assertThat(simple.statusCode()).isEqualTo(200);
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();

        // what a form or a no-cors fetch can send: refused, nothing analysed
        given().header("Origin", EVIL).contentType("text/plain").body("{\"text\": \"ok\"}").post("/api/v1/analyze")
                .then().statusCode(415);
        given().header("Origin", EVIL).contentType("application/x-www-form-urlencoded").body("text=ok")
                .post("/api/v1/analyze").then().statusCode(415);
    }

    @Test
    void answersCarryTheBrowserSafetyHeaders() {
        for (Response answer : new Response[] {
                given().contentType(ContentType.JSON).body("{\"text\": \"ok\", \"language\": \"en\"}").post("/api/v1/analyze"),
                given().contentType(ContentType.JSON).body("{}").post("/api/v1/analyze"),
                given().get("/nothing-here")}) {
            assertThat(answer.header("X-Content-Type-Options")).as("on a %d", answer.statusCode()).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'")
                    .contains("frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    static Set<String> endpoints() throws IOException {
        Set<String> endpoints = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("target/classes/io/replydesk/sentiment/rest"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Class<?> type = load("io.replydesk.sentiment.rest." + file.getFileName().toString().replace(".class", ""));
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                for (Method method : root == null ? new Method[0] : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        assertThat(method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(
                                DenyAll.class) || type.isAnnotationPresent(RolesAllowed.class)).isFalse();
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        String path = ("/" + root.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                        endpoints.add(verb + " " + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path));
                    }
                }
            }
        }
        return endpoints;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
