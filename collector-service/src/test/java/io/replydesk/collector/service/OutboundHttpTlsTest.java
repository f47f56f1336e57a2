package io.replydesk.collector.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS through pinned connections: the socket goes to the address the guard checked, while TLS still names the
 * host (SNI) and verifies the certificate against the name, not against the address.
 */
class OutboundHttpTlsTest {

    private static final String NAME = "feeds.example.test";

    @TempDir
    static Path keys;
    static TlsStub stub;

    private final ScriptedLookup dns = new ScriptedLookup();

    @BeforeAll
    static void start() throws Exception {
        stub = new TlsStub(keys, NAME);
    }

    @AfterAll
    static void stop() throws Exception {
        stub.close();
    }

    private OutboundHttp http() throws Exception {
        OutboundUrlGuard guard = new OutboundUrlGuard(false, new OutboundAllowList(List.of("127.0.0.1/32")), dns);
        return new OutboundHttp(guard, Duration.ofSeconds(5), "ReplyDesk-test/1", stub.clientContext());
    }

    @Test
    void connectsToTheCheckedAddressButNamesTheHostInSniAndTheHostHeader() throws Exception {
        dns.answer(NAME, "127.0.0.1");
        OutboundHttp http = http();
        try {
            OutboundHttp.Answer answer = http.get("https://" + NAME + ":" + stub.port() + "/feed", Map.of(), 100);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).asString().isEqualTo("ok");
            assertThat(stub.serverNames).contains(NAME);
            assertThat(stub.hostHeaders).contains(NAME + ":" + stub.port());
            assertThat(dns.timesAsked(NAME)).as("the check, then the connection").isEqualTo(2);
        } finally {
            http.close();
        }
    }

    @Test
    void aCertificateForAnotherNameIsRefusedAlthoughTheAddressIsTheCheckedOne() throws Exception {
        dns.answer("other.example.test", "127.0.0.1");
        OutboundHttp http = http();
        try {
            assertThatThrownBy(() -> http.get("https://other.example.test:" + stub.port() + "/feed", Map.of(), 100))
                    .isInstanceOf(SSLException.class).hasMessageContaining("other.example.test");
        } finally {
            http.close();
        }
    }
}
