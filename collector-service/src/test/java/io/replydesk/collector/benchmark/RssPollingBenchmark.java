package io.replydesk.collector.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Not a test: run with {@code ./mvnw -pl collector-service -am verify -Pbenchmark -DskipITs}. 500 RSS sources, each
 * polled every minute by the real scheduler, against local WireMock feeds that answer conditional GETs with 304
 * (2 % of the feeds ignore the validators and send the whole feed every time). Prints the polls per minute achieved,
 * the CPU time of this JVM (the collector, its embedded Kafka broker and WireMock: an upper bound for the collector)
 * and its resident memory. {@code -Dbenchmark.sources=} and {@code -Dbenchmark.minutes=} change the load.
 */
@QuarkusTest
class RssPollingBenchmark {

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Bench</title><link>https://example.com/</link>
            <description>bench</description>
            <item><guid>bench-1</guid><title>Pizza was great</title><description>Really good.</description>
            <pubDate>Mon, 16 Nov 2026 10:00:00 GMT</pubDate></item>
            <item><guid>bench-2</guid><title>Slow service</title><description>An hour for a pizza.</description>
            <pubDate>Mon, 16 Nov 2026 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """;

    @Test
    void pollsFiveHundredFeedsAMinute() throws Exception {
        int sources = Integer.getInteger("benchmark.sources", 500);
        int minutes = Integer.getInteger("benchmark.minutes", 3);
        WireMockServer feeds = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(20)
                .disableRequestJournal());
        feeds.start();
        try {
            feeds.stubFor(get(urlPathMatching("/feed/.*")).atPriority(5).willReturn(aResponse()
                    .withHeader("Content-Type", "application/rss+xml").withHeader("ETag", "\"v1\"").withBody(FEED)));
            feeds.stubFor(get(urlPathMatching("/feed/.*")).atPriority(1).withHeader("If-None-Match",
                    equalTo("\"v1\"")).willReturn(aResponse().withStatus(304)));
            feeds.stubFor(get(urlPathMatching("/feed/changing-.*")).atPriority(0).willReturn(aResponse()
                    .withHeader("Content-Type", "application/rss+xml").withBody(FEED)));
            AtomicLong requests = new AtomicLong();
            AtomicLong notModified = new AtomicLong();
            feeds.addMockServiceRequestListener((request, response) -> {
                requests.incrementAndGet();
                if (response.getStatus() == 304) {
                    notModified.incrementAndGet();
                }
            });
            for (int i = 0; i < sources; i++) {
                String path = i % 50 == 0 ? "/feed/changing-" + i : "/feed/" + i;
                Api.createSource(Map.of("type", "rss", "name", "bench " + i, "url", feeds.baseUrl() + path,
                        "pollInterval", "PT1M"));
            }
            // First round: every source takes its feed in once; measure the steady state after it.
            Thread.sleep(Duration.ofSeconds(70).toMillis());
            long cpuBefore = processCpuNanos();
            long requestsBefore = requests.get();
            long notModifiedBefore = notModified.get();
            long started = System.nanoTime();
            Thread.sleep(Duration.ofMinutes(minutes).toMillis());
            double elapsedMinutes = (System.nanoTime() - started) / 60e9;
            long polls = requests.get() - requestsBefore;
            long cpu = processCpuNanos() - cpuBefore;
            System.out.printf("%n[benchmark] %d RSS sources, poll interval PT1M, %.1f minutes measured%n", sources,
                    elapsedMinutes);
            System.out.printf("[benchmark] polls/min achieved: %.0f (%.1f %% answered 304)%n", polls / elapsedMinutes,
                    100.0 * (notModified.get() - notModifiedBefore) / Math.max(1, polls));
            System.out.printf("[benchmark] process CPU: %.1f s per minute (%.0f %% of one core), %d cores%n",
                    cpu / 1e9 / elapsedMinutes, 100.0 * cpu / 1e9 / (elapsedMinutes * 60),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("[benchmark] process RSS: %s; heap used %d MB%n", rss(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        } finally {
            feeds.stop();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String rss() throws Exception {
        List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
        return status.stream().filter(l -> l.startsWith("VmRSS:")).map(l -> l.substring(6).strip()).findFirst()
                .orElse("unknown");
    }
}
