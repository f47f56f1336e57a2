package io.replydesk.response.rest;

import static io.replydesk.response.TestUsers.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.response.TestUsers;
import io.replydesk.stack.test.Endpoints;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the API against every kind of caller: anonymous → 401, a role that may not → 403, a role
 * that may → through to the resource. The table is the authorisation contract; an endpoint added without a row
 * fails {@link #everyEndpointHasARow()}.
 */
@QuarkusTest
class EndpointAuthorisationTest {

    private static final Set<String> EVERYONE = Set.of("viewer", "responder", "approver", "admin");
    private static final Set<String> EDITORS = Set.of("responder", "approver", "admin");
    private static final Set<String> APPROVERS = Set.of("approver", "admin");

    /** "METHOD path" → the roles that may call it. */
    static final Map<String, Set<String>> CONTRACT = Map.ofEntries(
            Map.entry("GET /api/v1/drafts", EVERYONE),
            Map.entry("GET /api/v1/drafts/{id}", EVERYONE),
            Map.entry("PUT /api/v1/drafts/{id}", EDITORS),
            Map.entry("POST /api/v1/drafts/{id}/approve", APPROVERS),
            Map.entry("POST /api/v1/drafts/{id}/reject", APPROVERS),
            Map.entry("GET /api/v1/incidents", EVERYONE),
            Map.entry("GET /api/v1/incidents/{id}", EVERYONE),
            Map.entry("PATCH /api/v1/incidents/{id}", EDITORS),
            Map.entry("GET /api/v1/playbook", EVERYONE),
            Map.entry("GET /api/v1/playbook/{language}/{situation}/{category}", EVERYONE),
            Map.entry("PUT /api/v1/playbook/{language}/{situation}/{category}", APPROVERS),
            Map.entry("DELETE /api/v1/playbook/{language}/{situation}/{category}", APPROVERS),
            Map.entry("POST /api/v1/playbook/{language}/{situation}/{category}/preview", EDITORS),
            Map.entry("GET /api/v1/alerts", EVERYONE),
            Map.entry("GET /api/v1/alerts/stream", EVERYONE),
            Map.entry("GET /api/v1/audit", EVERYONE),
            Map.entry("GET /api/v1/audit/export", APPROVERS),
            Map.entry("GET /api/v1/clocks", EVERYONE));

    /** One test user per role (the admin holds every role, so it stands for "admin" only). */
    private static final Map<String, Supplier<RequestSpecification>> USERS = Map.of(
            "viewer", TestUsers::viewer, "responder", TestUsers::responder,
            "approver", TestUsers::approver, "admin", TestUsers::admin);

    /** Streams never end, so only their refusals are checked. */
    private static final Set<String> STREAMS = Set.of("GET /api/v1/alerts/stream");

    @Test
    void everyEndpointHasARow() throws IOException {
        assertThat(Endpoints.inPackageOf(EndpointAuthorisationTest.class).keySet())
                .as("endpoints of the REST resources; add a row to CONTRACT for each new one")
                .containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
    }

    @Test
    void anonymousCallersGet401OnEveryEndpoint() {
        CONTRACT.keySet().forEach(endpoint -> call(anonymous(), endpoint).then().statusCode(401)
                .contentType("application/problem+json"));
    }

    @Test
    void rolesOutsideTheContractGet403AndRolesInsideGetThrough() {
        CONTRACT.forEach((endpoint, allowed) -> USERS.forEach((role, user) -> {
            if (!allowed.contains(role) && !role.equals("admin")) {
                call(user.get(), endpoint).then().statusCode(403).contentType("application/problem+json")
                        .body("detail", containsString("roles"));
            } else if (!STREAMS.contains(endpoint)) {
                // unknown ids and empty bodies: the resource answers 2xx/400/404, never touching real data
                call(user.get(), endpoint).then().statusCode(allOf(lessThan(500), not(oneOf(401, 403))));
            }
        }));
    }

    @Test
    void writesNeedMoreThanTheViewerRole() {
        CONTRACT.forEach((endpoint, allowed) -> {
            if (!endpoint.startsWith("GET ")) {
                assertThat(allowed).as(endpoint).doesNotContain("viewer").contains("admin");
            }
        });
    }

    private static io.restassured.response.Response call(RequestSpecification request, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{id}", UUID.randomUUID().toString())
                .replace("{language}", "en").replace("{situation}", "COMPLAINT").replace("{category}", "default");
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(method, path);
    }
}
