package io.replydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The problem bodies byte for byte as the services wrote them before they shared this type. */
class ProblemTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProblemWithoutInstanceHasTheFourFieldsInOrder() throws Exception {
        Response response = Problem.response(Response.Status.NOT_FOUND, "no such resource");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(json.writeValueAsString(response.getEntity()))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no such resource\"}");
    }

    @Test
    void aMissingDetailStaysInTheBodyAsNull() throws Exception {
        Response response = Problem.response(Response.Status.BAD_REQUEST, null);

        assertThat(json.writeValueAsString(response.getEntity()))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":null}");
    }

    @Test
    void aProblemAboutARequestNamesItsPathLast() throws Exception {
        Response response = Problem.builder(409, "stale", "/api/v1/drafts/7").header("X-Test", "1").build();

        assertThat(json.writeValueAsString(response.getEntity())).isEqualTo("{\"type\":\"about:blank\",\"title\":"
                + "\"Conflict\",\"status\":409,\"detail\":\"stale\",\"instance\":\"/api/v1/drafts/7\"}");
        assertThat(response.getHeaderString("X-Test")).isEqualTo("1");
    }

    @Test
    void anUnknownStatusIsTitledError() {
        assertThat(((Problem) Problem.builder(499, "gone away", "/x").build().getEntity()).title()).isEqualTo("Error");
    }

    @Test
    void routesWriteTheSameJsonAsTheRestLayer() throws Exception {
        Problem problem = new Problem("about:blank", "Request Entity Too Large", 413, "a \"quoted\" detail", null);

        assertThat(problem.toJson()).isEqualTo(json.writeValueAsString(problem));
    }
}
