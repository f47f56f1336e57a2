package io.replydesk.collector.platform.rss;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.service.OutboundHttp;
import io.replydesk.collector.service.PostIntake;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Polls due RSS/Atom sources with conditional GET (ETag, Last-Modified). Each poll runs on its own worker, so
 * one slow or failing feed never delays the others; a source is never polled twice at once.
 */
@ApplicationScoped
public class RssPoller {

    private static final Logger LOG = Logger.getLogger(RssPoller.class);

    private final OutboundHttp http;
    private final PostIntake intake;
    private final FeedReader reader;
    private final int maxFeedBytes;
    private final ExecutorService workers;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    public RssPoller(OutboundHttp http, PostIntake intake, CollectorConfig config) {
        this.http = http;
        this.intake = intake;
        this.reader = new FeedReader(config.maxTextLength());
        this.maxFeedBytes = config.rss().maxFeedBytes();
        this.workers = Executors.newFixedThreadPool(Math.max(1, config.rss().parallelPolls()), r -> {
            Thread t = new Thread(r, "rss-poll");
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(every = "${replydesk.collector.rss.tick:5s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollDue() {
        Instant now = Instant.now();
        List<String> due = QuarkusTransaction.requiringNew().call(() -> Source.<Source>list("type", SourceType.RSS)
                .stream().filter(s -> s.duePoll(now)).map(s -> s.id).toList());
        for (String id : due) {
            if (inFlight.add(id)) {
                workers.execute(() -> {
                    try {
                        poll(id);
                    } finally {
                        inFlight.remove(id);
                    }
                });
            }
        }
    }

    /** Polls one source now; public so an operator action or a test can trigger it. */
    public void poll(String sourceId) {
        Source source = QuarkusTransaction.requiringNew().call(() -> Source.findById(sourceId));
        if (source == null) {
            return;
        }
        try {
            Map<String, String> headers = new HashMap<>();
            headers.put("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
            if (source.etag != null) {
                headers.put("If-None-Match", source.etag);
            }
            if (source.lastModified != null) {
                headers.put("If-Modified-Since", source.lastModified);
            }
            OutboundHttp.Answer answer = http.get(source.url, headers, maxFeedBytes);
            if (answer.status() == 304) {
                succeeded(sourceId, source.etag, source.lastModified);
                return;
            }
            if (answer.status() / 100 != 2) {
                throw new java.io.IOException("feed answered HTTP " + answer.status());
            }
            List<IncomingPost> posts = reader.read(answer.body());
            PostIntake.Intake result = intake.take(source, posts);
            LOG.debugf("source %s: %s", sourceId, result);
            succeeded(sourceId, answer.header("ETag"), answer.header("Last-Modified"));
        } catch (Exception e) {
            int count = failures.merge(sourceId, 1, Integer::sum);
            LOG.infof("source %s poll failed (%d in a row): %s", sourceId, count, e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> {
                Source s = Source.findById(sourceId);
                if (s != null) {
                    s.pollFailed(Instant.now(), e.getMessage(), count);
                }
            });
        }
    }

    private void succeeded(String sourceId, String etag, String lastModified) {
        failures.remove(sourceId);
        QuarkusTransaction.requiringNew().run(() -> {
            Source s = Source.findById(sourceId);
            if (s != null) {
                s.pollSucceeded(Instant.now(), etag, lastModified);
            }
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
