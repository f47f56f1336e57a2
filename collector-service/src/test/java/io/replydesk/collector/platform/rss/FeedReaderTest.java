package io.replydesk.collector.platform.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.replydesk.collector.IncomingPost;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    private final FeedReader reader = new FeedReader(20_000);

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream("/fixtures/rss/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsRealWorldRss1Feed() throws Exception {
        List<IncomingPost> posts = reader.read(fixture("slashdot.xml"));

        assertThat(posts).hasSize(10);
        assertThat(posts).allSatisfy(p -> {
            assertThat(p.externalId()).startsWith("http");
            assertThat(p.text()).isNotBlank().doesNotContain("<");
        });
    }

    @Test
    void readsRealWorldAtomFeedWithDates() throws Exception {
        List<IncomingPost> posts = reader.read(fixture("usgs-gov-earthquakes-all-hour-atom.xml"));

        assertThat(posts).hasSize(6);
        assertThat(posts.get(0).externalId()).startsWith("urn:");
        assertThat(posts.get(0).createdAt()).isAfter(Instant.parse("2018-01-01T00:00:00Z"));
    }

    @Test
    void reducesHostileHtmlToTextAndSkipsEntriesWithoutIdentity() throws Exception {
        List<IncomingPost> posts = reader.read(fixture("hostile-html.xml"));

        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.externalId()).isEqualTo("h-1");
            assertThat(p.text()).contains("Terrible service").contains("Waited two hours.")
                    .doesNotContain("<script").doesNotContain("onerror").doesNotContain("javascript:");
            assertThat(p.author().handle()).isEqualTo("angry@example.org");
            assertThat(p.createdAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        });
    }

    @Test
    void refusesExternalEntitiesAndEntityExpansion() {
        assertThatThrownBy(() -> reader.read(fixture("xxe.xml")))
                .isInstanceOf(FeedReader.MalformedFeedException.class);
        assertThatThrownBy(() -> reader.read(fixture("billion-laughs.xml")))
                .isInstanceOf(FeedReader.MalformedFeedException.class);
    }

    @Test
    void refusesQuadraticBlowupParameterEntitiesAndExternalDtdsWithoutFetchingThem() throws Exception {
        String big = "x".repeat(50_000);
        String quadratic = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + big + "\">]><rss version=\"2.0\">"
                + "<channel><title>t</title><link>http://x/</link><description>d</description><item><guid>1</guid>"
                + "<title>" + "&a;".repeat(50_000) + "</title></item></channel></rss>";
        assertThatThrownBy(() -> reader.read(quadratic.getBytes())).isInstanceOf(FeedReader.MalformedFeedException.class);

        WireMockServer dtdHost = new WireMockServer(wireMockConfig().dynamicPort());
        dtdHost.start();
        try {
            dtdHost.stubFor(any(anyUrl()).willReturn(aResponse().withBody("<!ENTITY leak SYSTEM \"file:///etc/passwd\">")));
            String externalDtd = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + dtdHost.baseUrl() + "/evil.dtd\">"
                    + "<rss version=\"2.0\"><channel><title>&leak;</title><link>http://x/</link><description>d"
                    + "</description><item><guid>1</guid><title>t</title></item></channel></rss>";
            String parameterEntity = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM \""
                    + dtdHost.baseUrl() + "/param.dtd\"> %remote;]><rss version=\"2.0\"><channel><title>t</title>"
                    + "</channel></rss>";
            assertThatThrownBy(() -> reader.read(externalDtd.getBytes()))
                    .isInstanceOf(FeedReader.MalformedFeedException.class);
            assertThatThrownBy(() -> reader.read(parameterEntity.getBytes()))
                    .isInstanceOf(FeedReader.MalformedFeedException.class);
            assertThat(dtdHost.getAllServeEvents()).as("the parser fetched nothing").isEmpty();
        } finally {
            dtdHost.stop();
        }
    }

    @Test
    void refusesTruncatedAndNonFeedDocuments() {
        assertThatThrownBy(() -> reader.read(fixture("truncated.xml")))
                .isInstanceOf(FeedReader.MalformedFeedException.class).hasMessageContaining("not a readable");
        assertThatThrownBy(() -> reader.read("<html><body>hello</body></html>".getBytes()))
                .isInstanceOf(FeedReader.MalformedFeedException.class);
        assertThatThrownBy(() -> reader.read(new byte[0]))
                .isInstanceOf(FeedReader.MalformedFeedException.class);
    }

    @Test
    void cutsOverlongEntriesAtTheTextLimit() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>http://x/</link><description>d</description>"
                + "<item><guid>long</guid><description>" + "a".repeat(50) + "</description></item></channel></rss>";

        List<IncomingPost> posts = new FeedReader(20).read(rss.getBytes());

        assertThat(posts.get(0).text()).hasSize(20);
    }
}
