package io.replydesk.collector.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OutboundHttp against a local server reached through names the test resolves itself, with the guard as in
 * production (private addresses refused) except for 127.0.0.1, which the operator allow-list opens. Other loopback
 * addresses (127.0.0.2 …) stand for the internal targets of an attack: refused just like 169.254.169.254 or 10/8,
 * and harmless should pinning ever break, because nothing listens there and the traffic stays on this machine.
 */
class OutboundHttpTest {

    private static final String AGENT = "ReplyDesk-test/1";

    static WireMockServer server;

    private final ScriptedLookup dns = new ScriptedLookup();
    private final OutboundUrlGuard guard = new OutboundUrlGuard(false,
            new OutboundAllowList(List.of("127.0.0.1/32")), dns);
    private final OutboundHttp http = new OutboundHttp(guard, Duration.ofMillis(1500), AGENT, tls());

    @BeforeAll
    static void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @AfterEach
    void reset() {
        http.close();
        server.resetAll();
    }

    private static SSLContext tls() {
        try {
            return SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(String host, String path) {
        return "http://" + host + ":" + server.port() + path;
    }

    @Test
    void aNameThatRebindsToAnInternalAddressAfterTheCheckIsRefusedWhenTheConnectionOpens() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("inside")));
        // The check sees the allowed address; the connection's own lookup gets an internal one.
        dns.answer("rebind.example.test", "127.0.0.1", "127.0.0.2");

        assertThatThrownBy(() -> http.get(url("rebind.example.test", "/feed"), Map.of(), 1000))
                .isInstanceOf(OutboundUrlGuard.UnsafeUrlException.class)
                .hasMessageContaining("rebind.example.test resolves to an internal address (127.0.0.2)");
        assertThat(dns.timesAsked("rebind.example.test")).as("the check, then the connection").isEqualTo(2);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aNameWithOneInternalAddressAmongSeveralIsRefusedWhenTheConnectionOpens() {
        dns.answer("mixed.example.test", "127.0.0.1", "127.0.0.1, 127.0.0.3");

        assertThatThrownBy(() -> http.postJson(url("mixed.example.test", "/cb"), "{}", Map.of(), 1000))
                .isInstanceOf(OutboundUrlGuard.UnsafeUrlException.class).hasMessageContaining("(127.0.0.3)");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void connectsToTheCheckedAddressAndSendsTheNameUserAgentAndHeaders() throws IOException {
        server.stubFor(get(urlEqualTo("/feed")).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"v1\"")
                .withBody("<rss/>")));
        // Not resolvable by the system: only the checked answer can have taken the connection to the server.
        dns.answer("feeds.example.test", "127.0.0.1");

        OutboundHttp.Answer answer = http.get(url("feeds.example.test", "/feed"),
                Map.of("Accept", "application/rss+xml", "If-None-Match", "\"v0\""), 1000);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(answer.header("etag")).isEqualTo("\"v1\"");
        server.verify(getRequestedFor(urlEqualTo("/feed"))
                .withHeader("Host", equalTo("feeds.example.test:" + server.port()))
                .withHeader("User-Agent", equalTo(AGENT))
                .withHeader("Accept", equalTo("application/rss+xml"))
                .withHeader("If-None-Match", equalTo("\"v0\"")));
    }

    @Test
    void postsJsonOnce() throws IOException {
        server.stubFor(post(urlEqualTo("/cb")).willReturn(aResponse().withStatus(503)));
        dns.answer("hooks.example.test", "127.0.0.1");

        OutboundHttp.Answer answer = http.postJson(url("hooks.example.test", "/cb"), "{\"text\":\"grazie è\"}",
                Map.of("Idempotency-Key", "k-1"), 1000);

        assertThat(answer.status()).isEqualTo(503);
        server.verify(1, postRequestedFor(urlEqualTo("/cb"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Idempotency-Key", equalTo("k-1"))
                .withRequestBody(equalTo("{\"text\":\"grazie è\"}")));
    }

    @Test
    void eachRedirectHopIsCheckedAgainWhenItsConnectionOpens() {
        server.stubFor(get(urlEqualTo("/moved")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", url("metadata.example.test", "/latest/meta-data/"))));
        dns.answer("feeds.example.test", "127.0.0.1");
        dns.answer("metadata.example.test", "127.0.0.1", "127.0.0.4");

        assertThatThrownBy(() -> http.get(url("feeds.example.test", "/moved"), Map.of(), 1000))
                .isInstanceOf(OutboundUrlGuard.UnsafeUrlException.class).hasMessageContaining("(127.0.0.4)");
        server.verify(0, getRequestedFor(urlEqualTo("/latest/meta-data/")));
    }

    @Test
    void followsAtMostThreeRedirects() throws IOException {
        dns.answer("feeds.example.test", "127.0.0.1");
        for (int hop = 0; hop < 4; hop++) {
            server.stubFor(get(urlEqualTo("/r" + hop)).willReturn(aResponse().withStatus(301)
                    .withHeader("Location", "/r" + (hop + 1))));
        }
        server.stubFor(get(urlEqualTo("/r3")).willReturn(aResponse().withStatus(200).withBody("third")));

        assertThat(http.get(url("feeds.example.test", "/r0"), Map.of(), 1000).body()).asString().isEqualTo("third");

        server.stubFor(get(urlEqualTo("/r3")).willReturn(aResponse().withStatus(301).withHeader("Location", "/r4")));
        assertThatThrownBy(() -> http.get(url("feeds.example.test", "/r0"), Map.of(), 1000))
                .isInstanceOf(IOException.class).hasMessageContaining("too many redirects");
        server.verify(0, getRequestedFor(urlEqualTo("/r4")));
    }

    @Test
    void refusesABodyOverTheLimitAndStillWorksAfterwards() throws IOException {
        dns.answer("feeds.example.test", "127.0.0.1");
        server.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withStatus(200).withBody("x".repeat(50_000))));
        server.stubFor(get(urlEqualTo("/small")).willReturn(aResponse().withStatus(200).withBody("ok")));

        assertThatThrownBy(() -> http.get(url("feeds.example.test", "/big"), Map.of(), 10_000))
                .isInstanceOf(OutboundHttp.BodyTooLargeException.class).hasMessageContaining("10000 bytes");
        assertThat(http.get(url("feeds.example.test", "/big"), Map.of(), 50_000).body()).hasSize(50_000);
        assertThat(http.get(url("feeds.example.test", "/small"), Map.of(), 2).body()).asString().isEqualTo("ok");
    }

    @Test
    void givesUpWhenTheAnswerDoesNotComeWithinTheTimeout() {
        dns.answer("slow.example.test", "127.0.0.1");
        server.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));

        assertThatThrownBy(() -> http.get(url("slow.example.test", "/slow"), Map.of(), 1000))
                .isInstanceOf(SocketTimeoutException.class);
    }
}
