package io.replydesk.drills.harness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The "platform" behind every webhook source: it accepts each reply and remembers every request it got. */
public final class Receiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;

    public Receiver() {
        server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(20));
        server.start();
        server.stubFor(post(urlEqualTo("/replies")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"platform-reply\"}")));
    }

    /** From now on the platform refuses replies to this post (422), as a platform refuses a locked thread. */
    public void refuse(String postId) {
        server.stubFor(post(urlEqualTo("/replies")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.postId",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(postId)))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"Validation failed: thread is locked\"}")));
    }

    public String callbackUrl() {
        return server.baseUrl() + "/replies";
    }

    /** One reply request as the platform saw it. */
    public record Delivery(String postId, String idempotencyKey, String headerKey, String text) {
    }

    public List<Delivery> deliveries() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/replies")))
                .stream().map(Receiver::delivery).toList();
    }

    private static Delivery delivery(LoggedRequest request) {
        try {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            return new Delivery(body.path("postId").asText(null), body.path("idempotencyKey").asText(null),
                    request.getHeader("Idempotency-Key"), body.path("text").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable reply request: " + request.getBodyAsString(), e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
