package io.replydesk.drills.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes numbered posts into one webhook source in batches on a background thread, the way a site's webhook
 * would: half of them complaints with one star (they need a draft), half praise with five. Every fifth post
 * is pushed again with the next batch carrying likes, which makes a second PostObserved version of it.
 */
public final class PostStream {

    private static final List<String> COMPLAINTS = List.of(
            "Servizio pessimo: abbiamo aspettato un'ora e la pizza era fredda. Deluso.",
            "Borzalmas kiszolgálás, egy órát vártunk és hideg volt az étel. Csalódtam.",
            "Terrible service, we waited an hour and the food was cold. Very disappointed.");
    private static final List<String> PRAISE = List.of(
            "Pizza buonissima e personale gentilissimo, torneremo presto!",
            "Nagyon finom volt minden, kedves a személyzet, visszajövünk!",
            "Lovely pizza and very friendly staff, we will be back soon!");

    /** The collector takes at most this many posts per request. */
    private static final int MAX_BATCH = 1000;

    private final PipelineApi api;
    private final WebhookSource source;
    private final int total;
    private final int batchSize;
    private final Duration pause;
    private final AtomicInteger pushed = new AtomicInteger();
    private final Thread thread;
    private volatile RuntimeException failure;

    PostStream(PipelineApi api, WebhookSource source, int total, int batchSize, Duration pause) {
        this.api = api;
        this.source = source;
        this.total = total;
        this.batchSize = batchSize;
        this.pause = pause;
        this.thread = new Thread(this::run, "post-stream-" + source.id());
        this.thread.setDaemon(true);
    }

    public PostStream start() {
        thread.start();
        return this;
    }

    /** Posts accepted (202) so far, updates not counted. */
    public int pushed() {
        return pushed.get();
    }

    public int total() {
        return total;
    }

    public WebhookSource source() {
        return source;
    }

    /** Waits until every post was accepted; rethrows what stopped the stream. */
    public void awaitDone(Duration timeout) {
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure != null) {
            throw failure;
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("the stream pushed " + pushed() + " of " + total + " posts in "
                    + timeout.toSeconds() + " s");
        }
    }

    /** Blocks until at least {@code count} posts were accepted. */
    public void awaitPushed(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pushed() < count && thread.isAlive()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + pushed() + " posts pushed after " + timeout.toSeconds() + " s");
            }
            Pause.millis(100);
        }
    }

    private void run() {
        try {
            List<Map<String, Object>> updates = List.of();
            for (int first = 0; first < total; first += batchSize) {
                int count = Math.min(batchSize, total - first);
                List<Map<String, Object>> fresh = new ArrayList<>();
                for (int i = first; i < first + count; i++) {
                    fresh.add(post(i, null));
                }
                if (updates.size() + fresh.size() <= MAX_BATCH) {
                    List<Map<String, Object>> batch = new ArrayList<>(updates);
                    batch.addAll(fresh);
                    api.ingest(source, batch);
                } else {
                    api.ingest(source, updates);
                    api.ingest(source, fresh);
                }
                pushed.addAndGet(count);
                updates = fresh.stream().filter(p -> versions(index(p)) == 2).map(p -> post(index(p), 7L)).toList();
                Pause.millis(pause.toMillis());
            }
            if (!updates.isEmpty()) {
                api.ingest(source, updates);
            }
        } catch (Exception e) {
            failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** Whether post {@code index} is a complaint (even) or praise (odd). */
    public static boolean isComplaint(int index) {
        return index % 2 == 0;
    }

    /** How many versions of post {@code index} the stream pushes: every fifth comes again with likes. */
    public static int versions(int index) {
        return index % 5 == 0 ? 2 : 1;
    }

    public static String externalId(int index) {
        return "p-" + index;
    }

    /** The index in an external id made by {@link #externalId(int)}. */
    public static int index(String externalId) {
        return Integer.parseInt(externalId.substring(externalId.lastIndexOf('-') + 1));
    }

    private static int index(Map<String, Object> post) {
        return index((String) post.get("externalId"));
    }

    private static Map<String, Object> post(int index, Long likes) {
        Map<String, Object> post = new LinkedHashMap<>();
        boolean complaint = isComplaint(index);
        List<String> texts = complaint ? COMPLAINTS : PRAISE;
        post.put("externalId", externalId(index));
        post.put("author", "guest" + index);
        post.put("text", texts.get((index / 2) % texts.size()) + " #" + index);
        post.put("rating", complaint ? 1 : 5);
        post.put("ratingScale", 5);
        post.put("createdAt", Instant.parse("2026-11-20T09:00:00Z").plusSeconds(index).toString());
        if (likes != null) {
            post.put("likes", likes);
        }
        return post;
    }
}
