package io.replydesk.collector.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.stack.test.Endpoints;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the collector against every kind of caller: anonymous → 401, a role that may not → 403, a
 * role that may → through to the resource. The table is the authorisation contract; an endpoint added without a
 * row fails {@link #everyEndpointHasARow()}.
 */
@QuarkusTest
class EndpointAuthorisationTest {

    private static final Set<String> READERS = Set.of("viewer", "responder", "approver", "admin");
    private static final Set<String> ADMIN = Set.of("admin");

    /** "METHOD path" → the roles that may call it. */
    static final Map<String, Set<String>> CONTRACT = Map.of(
            "GET /api/v1/sources", READERS,
            "POST /api/v1/sources", ADMIN,
            "GET /api/v1/sources/{id}", READERS,
            "PATCH /api/v1/sources/{id}", ADMIN,
            "DELETE /api/v1/sources/{id}", ADMIN,
            "POST /api/v1/sources/{id}/rotate-secrets", ADMIN,
            "POST /api/v1/ingest/{sourceId}", Set.of("admin", "ingest"),
            "GET /api/v1/posts", READERS,
            "GET /api/v1/replies", READERS,
            "GET /api/v1/source-types", READERS);

    /** One test user per role; the admin stands for "admin" only. */
    private static final Map<String, String[]> USERS = Map.of(
            "viewer", new String[] {"viewer1", "viewer-pass"},
            "responder", new String[] {"responder1", "responder-pass"},
            "approver", new String[] {"approver1", "approver-pass"},
            "ingest", new String[] {"pusher1", "pusher-pass"},
            "admin", new String[] {"admin", io.replydesk.collector.Api.ADMIN_PASSWORD});

    @Test
    void everyEndpointHasARow() throws IOException {
        assertThat(Endpoints.inPackageOf(EndpointAuthorisationTest.class).keySet())
                .as("endpoints of the REST resources; add a row to CONTRACT for each new one")
                .containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
    }

    @Test
    void anonymousCallersGet401OnEveryEndpoint() {
        CONTRACT.keySet().forEach(endpoint -> assertThat(call(given(), endpoint).statusCode())
                .as(endpoint).isEqualTo(401));
    }

    @Test
    void rolesOutsideTheContractGet403AndRolesInsideGetThrough() {
        CONTRACT.forEach((endpoint, allowed) -> USERS.forEach((role, user) -> {
            RequestSpecification request = given().auth().preemptive().basic(user[0], user[1]);
            if (!allowed.contains(role)) {
                call(request, endpoint).then().statusCode(403);
            } else {
                // unknown ids and empty bodies: the resource answers 400/404, never touching real data
                call(request, endpoint).then().statusCode(allOf(lessThan(500), not(oneOf(401, 403))));
            }
        }));
    }

    @Test
    void sourceManagementIsForAdminsOnly() {
        CONTRACT.forEach((endpoint, allowed) -> {
            if (endpoint.contains("/sources") && !endpoint.startsWith("GET ")) {
                assertThat(allowed).as(endpoint).containsExactly("admin");
            }
        });
    }

    private static Response call(RequestSpecification request, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{id}", "src_nosuchone").replace("{sourceId}", "src_nosuchone");
        if (method.equals("GET") && !path.contains("src_")) {
            path += "?sourceId=src_nosuchone";
        }
        if (method.equals("POST") || method.equals("PATCH")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(method, path);
    }
}
