package io.replydesk.collector.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutboundUrlGuardTest {

    private final OutboundUrlGuard production = new OutboundUrlGuard(false);
    private final OutboundUrlGuard local = new OutboundUrlGuard(true);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/feed", "http://localhost:8080/", "http://[::1]/x",
        "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/", "http://192.168.1.1/",
        "http://172.16.3.4/", "http://100.64.0.1/", "http://0.0.0.0/", "http://[fd00::1]/",
        "http://[fd12:3456::7]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/", "http://[fe80::1]/",
        "http://[::]/", "http://LOCALHOST/", "http://localhost./", "http://api.localhost/",
        "http://kubernetes.default.svc/", "http://kubernetes.default.svc.cluster.local/",
        "http://response.replydesk.svc.cluster.local:8080/", "http://metadata.google.internal/",
        "http://printer.local/", "http://172.31.255.255/", "http://192.168.0.1:8081/"})
    void refusesInternalAddressesInProduction(String url) {
        assertThatThrownBy(() -> production.check(url))
                .isInstanceOf(OutboundUrlGuard.UnsafeUrlException.class)
                .hasMessageContaining("internal address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433/", "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://0x7f000001/",
        "http://127.1/", "http://127.0.1/", "http://017700000001/", "http://10.0.0.010/", "http://3232235777/"})
    void refusesIpAddressesInNonStandardFormsInProduction(String url) {
        assertThatThrownBy(() -> production.check(url))
                .isInstanceOf(OutboundUrlGuard.UnsafeUrlException.class)
                // java.net.URI already finds no host in some of these (0x7f.0.0.1, 127.1): refused either way
                .hasMessageMatching("(?s).*(non-standard form|no host).*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/", "https://cafe.de/feed", "https://abc123.example/x",
        "https://1.1.1.1/"})
    void plainPublicNamesAndAddressesAreNotMistakenForInternalOnes(String url) {
        assertThat(OutboundUrlGuard.ambiguousNumber(java.net.URI.create(url).getHost())).isFalse();
        assertThat(OutboundUrlGuard.clusterInternal(java.net.URI.create(url).getHost())).isFalse();
    }

    @Test
    void allowsInternalAddressesWhenConfigured() {
        assertThat(local.check("http://127.0.0.1:9999/cb").getPort()).isEqualTo(9999);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "gopher://x/", "ftp://example.org/feed", "javascript:alert(1)"})
    void refusesSchemesOtherThanHttp(String url) {
        assertThatThrownBy(() -> local.check(url)).hasMessageContaining("only http and https");
    }

    @Test
    void refusesCredentialsMissingHostsAndGarbage() {
        assertThatThrownBy(() -> local.check("http://user:pw@example.org/")).hasMessageContaining("credentials");
        assertThatThrownBy(() -> local.check("http:///nohost")).hasMessageContaining("no host");
        assertThatThrownBy(() -> local.check("ht tp://x")).hasMessageContaining("not a valid URL");
        assertThatThrownBy(() -> local.check(" ")).hasMessageContaining("missing");
    }

    @Test
    void acceptsPublicAddresses() {
        assertThat(production.check("https://93.184.215.14/feed.xml").getHost()).isEqualTo("93.184.215.14");
    }

    @Test
    void anOperatorAllowListOpensOnlyTheNamedHostsAndRanges() {
        OutboundUrlGuard guard = new OutboundUrlGuard(false,
                new OutboundAllowList(java.util.List.of("feeds.svc.cluster.local", "*.intranet.local", "10.20.0.0/16",
                        "fd12:3456::/32")));

        assertThat(guard.check("http://feeds.svc.cluster.local/rss").getHost()).isEqualTo("feeds.svc.cluster.local");
        assertThat(guard.check("http://news.intranet.local/atom").getHost()).isEqualTo("news.intranet.local");
        assertThat(guard.check("http://10.20.3.4/feed").getHost()).isEqualTo("10.20.3.4");
        assertThat(guard.check("http://[fd12:3456::7]/x").getHost()).isEqualTo("[fd12:3456::7]");

        for (String stillRefused : new String[] {"http://other.svc.cluster.local/", "http://intranet.local/",
            "http://10.21.0.1/", "http://169.254.169.254/latest/meta-data/", "http://127.0.0.1/", "http://[fd13::1]/"}) {
            assertThatThrownBy(() -> guard.check(stillRefused)).as(stillRefused)
                    .isInstanceOf(OutboundUrlGuard.UnsafeUrlException.class)
                    .hasMessageContaining("REPLYDESK_COLLECTOR_OUTBOUND_ALLOWED_INTERNAL_HOSTS");
        }
    }

    @Test
    void anAllowListEntryThatIsNotARangeIsRefusedAtStart() {
        assertThatThrownBy(() -> new OutboundAllowList(java.util.List.of("10.0.0.0/40")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix out of range");
        assertThatThrownBy(() -> new OutboundAllowList(java.util.List.of("10.0.0.0/x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a CIDR range");
    }
}
