package io.replydesk.collector.platform.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.replydesk.collector.platform.SourceViews.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.service.SourcePoller;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A platform that quotes our token back in its error must not get it into the log or the source's health. */
@QuarkusTest
class MastodonEchoedTokenTest {

    /** The value of %test.replydesk.credential.test-mastodon. */
    private static final String TOKEN = "rd-test-token-7d1f";

    static WireMockServer mastodon;
    static final List<String> LOGGED = new CopyOnWriteArrayList<>();
    static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            LOGGED.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Inject
    SourcePoller poller;

    @BeforeAll
    static void start() {
        mastodon = new WireMockServer(wireMockConfig().dynamicPort());
        mastodon.start();
        Logger.getLogger("io.replydesk").addHandler(CAPTURE);
    }

    @AfterAll
    static void stop() {
        Logger.getLogger("io.replydesk").removeHandler(CAPTURE);
        mastodon.stop();
    }

    @Test
    void theTokenIsCutOutOfTheRecordedErrorInEveryFormItWasEchoed() {
        String tag = MastodonPollingTest.tag("echo");
        String base64 = Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8));
        mastodon.stubFor(MastodonPollingTest.timeline(tag).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"The access token is invalid\", \"error_description\": \"we got"
                        + " 'Authorization: Bearer " + TOKEN + "' (" + base64 + ")\"}")));
        String id = MastodonPollingTest.source(mastodon, tag, "test-mastodon");

        poller.poll(id);

        String lastError = view(id).getString("health.lastError");
        assertThat(lastError).contains("HTTP 401").contains("The access token is invalid")
                .contains("Bearer [redacted]").doesNotContain(TOKEN).doesNotContain(base64);
        assertThat(LOGGED).anySatisfy(line -> assertThat(line).contains(id).contains("[redacted]"))
                .noneSatisfy(line -> assertThat(line).contains(TOKEN))
                .noneSatisfy(line -> assertThat(line).contains(base64));
    }
}
