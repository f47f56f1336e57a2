package io.replydesk.sentiment.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.stack.test.RawHttp;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OversizeBodiesTest {

    private static final String PATH = "/api/v1/analyze";

    @TestHTTPResource("/")
    URI server;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    @Test
    void aBodyDeclaredOverTheLimitGetsAProblem413BeforeAnyOfItIsRead() throws IOException {
        String answer = exchange(limit.asLongValue() + 1, "");

        assertProblem413(answer);
    }

    @Test
    void aBodyWithinTheLimitGoesOnToTheResource() throws IOException {
        assertThat(exchange(2, "{}")).startsWith("HTTP/1.1 4").doesNotStartWith("HTTP/1.1 413");
    }

    @Test
    void aChunkedBodyOverTheLimitGetsAProblem413Too() throws IOException {
        assertProblem413(RawHttp.postChunked(server, PATH, "{}", limit.asLongValue() + 1));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadByTheResource() throws IOException {
        // {} after the padding: the resource names the missing text, so it read the whole body
        String answer = RawHttp.postChunked(server, PATH, "{}", 100_000);

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(JsonPath.from(RawHttp.body(answer)).getString("detail")).isEqualTo("text is required");
    }

    private String exchange(long contentLength, String body) throws IOException {
        return RawHttp.post(server, PATH, contentLength, body);
    }

    private void assertProblem413(String answer) {
        assertThat(JsonPath.from(RawHttp.problemBody(answer, 413)).getString("detail"))
                .contains("at most " + limit.asLongValue());
    }
}
