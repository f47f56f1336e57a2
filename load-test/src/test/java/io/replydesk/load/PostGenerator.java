package io.replydesk.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pushes posts to one webhook source at a steady rate: a request every {@code batch / rate} seconds on a
 * fixed-rate schedule (a late tick is caught up, so the average rate holds), sent asynchronously so a slow
 * answer never delays the next request. A request that would exceed {@link #MAX_IN_FLIGHT} open requests is
 * not sent and counted as skipped: the collector is then not keeping up.
 */
final class PostGenerator implements AutoCloseable {

    static final int MAX_IN_FLIGHT = 256;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "load-generator");
        t.setDaemon(true);
        return t;
    });
    private final URI ingest;
    private final String token;
    private final PostCorpus corpus;
    private final LoadSettings settings;
    private final AtomicLong sequence = new AtomicLong();

    PostGenerator(String collectorUrl, String sourceId, String token, PostCorpus corpus, LoadSettings settings) {
        this.ingest = URI.create(collectorUrl + "/api/v1/ingest/" + sourceId);
        this.token = token;
        this.corpus = corpus;
        this.settings = settings;
    }

    /** What one phase sent and what the collector answered. */
    record Phase(String name, Instant start, Instant end, int requests, int posts, Map<String, Instant> accepted,
            List<Duration> requestLatencies, int failedRequests, int failedPosts, List<String> failures,
            int skippedRequests, Map<PostCorpus.Label, Integer> labels, int longPosts) {

        Duration wall() {
            return Duration.between(start, end);
        }

        /** Posts the collector accepted per second of the phase. */
        double acceptedRate() {
            return accepted.size() / (wall().toNanos() / 1e9);
        }
    }

    /**
     * Sends for {@code length}, then waits for the open requests.
     *
     * @param prefix external ids of this phase start with it, so the warm-up can be told from the measured posts
     */
    Phase run(String name, String prefix, Duration length) throws InterruptedException {
        long ticks = Math.max(1, Math.round(length.toNanos() / 1e9 * settings.rate() / settings.batch()));
        Map<String, Instant> accepted = new ConcurrentHashMap<>();
        Queue<Duration> latencies = new ConcurrentLinkedQueue<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Map<PostCorpus.Label, Integer> labels = new ConcurrentHashMap<>();
        AtomicInteger longPosts = new AtomicInteger();
        AtomicInteger failedRequests = new AtomicInteger();
        AtomicInteger failedPosts = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong tick = new AtomicLong();
        Instant start = Instant.now();
        Runnable send = () -> {
            if (tick.incrementAndGet() > ticks) {
                done.countDown();
                return;
            }
            if (!inFlight.tryAcquire()) {
                skipped.incrementAndGet();
                return;
            }
            List<String> ids = new ArrayList<>(settings.batch());
            String body = body(prefix, ids, labels, longPosts);
            sent.incrementAndGet();
            long sentAt = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(ingest).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                inFlight.release();
                Duration took = Duration.ofNanos(System.nanoTime() - sentAt);
                latencies.add(took);
                if (error == null && response.statusCode() == 202) {
                    Instant at = Instant.now();
                    ids.forEach(id -> accepted.put(id, at));
                    return;
                }
                failedRequests.incrementAndGet();
                failedPosts.addAndGet(ids.size());
                if (failures.size() < 10) {
                    failures.add(error != null ? error.toString()
                            : response.statusCode() + " " + abbreviate(response.body()));
                }
            });
        };
        ScheduledFuture<?> schedule = clock.scheduleAtFixedRate(send, 0, settings.requestInterval().toNanos(),
                TimeUnit.NANOSECONDS);
        done.await();
        schedule.cancel(false);
        Instant end = Instant.now();
        if (!inFlight.tryAcquire(MAX_IN_FLIGHT, REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            failures.add("requests still open " + REQUEST_TIMEOUT.toSeconds() + " s after the phase ended");
        }
        return new Phase(name, start, end, sent.get(), sent.get() * settings.batch(), Map.copyOf(accepted),
                List.copyOf(latencies), failedRequests.get(), failedPosts.get(), List.copyOf(failures), skipped.get(),
                Map.copyOf(labels), longPosts.get());
    }

    private String body(String prefix, List<String> ids, Map<PostCorpus.Label, Integer> labels, AtomicInteger longs) {
        ArrayNode posts = JSON.createArrayNode();
        for (int i = 0; i < settings.batch(); i++) {
            long n = sequence.incrementAndGet();
            PostCorpus.Post post = corpus.next();
            String id = prefix + n;
            ids.add(id);
            labels.merge(post.label(), 1, Integer::sum);
            if (post.longText()) {
                longs.incrementAndGet();
            }
            posts.add(json(id, n, post));
        }
        try {
            return JSON.writeValueAsString(posts.size() == 1 ? posts.get(0) : posts);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode json(String id, long n, PostCorpus.Post post) {
        ObjectNode json = JSON.createObjectNode();
        json.put("externalId", id);
        ObjectNode author = json.putObject("author");
        author.put("handle", "customer" + (n % 5000));
        author.put("displayName", "Customer " + (n % 5000));
        author.put("followers", (n * 37) % 20_000);
        json.put("text", post.text());
        if (post.rating() != null) {
            json.put("rating", post.rating());
            json.put("ratingScale", 5);
            json.put("kind", "REVIEW");
        } else {
            json.put("kind", "POST");
        }
        // written a little before it reached us, as platforms push with some delay
        json.put("createdAt", Instant.now().minusSeconds(n % 1800).toString());
        json.put("url", "https://reviews.example/load/" + id);
        return json;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
