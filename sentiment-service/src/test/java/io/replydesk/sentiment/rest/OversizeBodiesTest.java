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

    @TestHTTPResource("/")
    URI server;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    @Test
    void aBodyDeclaredOverTheLimitGetsAProblem413BeforeAnyOfItIsRead() throws IOException {
        String answer = exchange(limit.asLongValue() + 1, "");

        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json");
        JsonPath problem = JsonPath.from(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("detail")).contains("at most " + limit.asLongValue());
    }

    @Test
    void aBodyWithinTheLimitGoesOnToTheResource() throws IOException {
        assertThat(exchange(2, "{}")).startsWith("HTTP/1.1 4").doesNotStartWith("HTTP/1.1 413");
    }

    private String exchange(long contentLength, String body) throws IOException {
        return RawHttp.post(server, "/api/v1/analyze", contentLength, body);
    }
}
