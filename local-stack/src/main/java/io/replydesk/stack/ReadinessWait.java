package io.replydesk.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Polls /q/health/ready of the services until they answer 200, naming the log to read when one never does. */
final class ReadinessWait {

    private static final long POLL_MILLIS = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Function<LocalService, String> urls;
    private final Function<LocalService, Path> logFiles;

    ReadinessWait(Function<LocalService, String> urls, Function<LocalService, Path> logFiles) {
        this.urls = urls;
        this.logFiles = logFiles;
    }

    void awaitOne(LocalService service, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady(service)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service.moduleName() + " not ready after " + timeout.toSeconds()
                        + " s (see " + logFiles.apply(service) + ")");
            }
            EmbeddedKafka.sleep(POLL_MILLIS);
        }
    }

    /**
     * Reports each service as it becomes ready.
     *
     * @param stillWanted runs before every round and throws to give up, e.g. when the stack was stopped meanwhile
     */
    void awaitAll(Duration timeout, Runnable stillWanted, Consumer<String> reporter) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        List<LocalService> waiting = new ArrayList<>(List.of(LocalService.values()));
        while (!waiting.isEmpty()) {
            stillWanted.run();
            waiting.removeIf(service -> {
                boolean ready = isReady(service);
                if (ready) {
                    reporter.accept("[replydesk] " + service.moduleName() + " ready on " + urls.apply(service)
                            + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                }
                return ready;
            });
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                StringBuilder message = new StringBuilder("not ready after " + timeout.toSeconds() + " s:");
                for (LocalService service : waiting) {
                    message.append(' ').append(service.moduleName()).append(" (see ")
                            .append(logFiles.apply(service)).append(')');
                }
                throw new IllegalStateException(message.toString());
            }
            EmbeddedKafka.sleep(POLL_MILLIS);
        }
    }

    private boolean isReady(LocalService service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.apply(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + service.moduleName(), e);
        }
    }
}
