package io.replydesk.sentiment.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.stack.test.Endpoints;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
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
        Map<String, Method> endpoints = Endpoints.inPackageOf(OpenEndpointsTest.class);
        endpoints.values().forEach(method -> assertThat(method.isAnnotationPresent(RolesAllowed.class)
                || method.isAnnotationPresent(DenyAll.class)
                || method.getDeclaringClass().isAnnotationPresent(RolesAllowed.class)).as(method.toString()).isFalse());
        assertThat(endpoints.keySet()).containsExactlyInAnyOrderElementsOf(OPEN);
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
}
