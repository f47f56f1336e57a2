package io.replydesk.collector.service;

import io.replydesk.collector.config.CollectorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The one way the collector calls out: every hop (redirects included) passes the SSRF guard, bodies are read
 * up to a limit, and each call is bounded in time.
 */
@ApplicationScoped
public class OutboundHttp {

    private static final int MAX_REDIRECTS = 3;

    private final OutboundUrlGuard guard;
    private final Duration timeout;
    private final String userAgent;
    private final HttpClient client;

    public OutboundHttp(OutboundUrlGuard guard, CollectorConfig config) {
        this.guard = guard;
        this.timeout = config.outbound().timeout();
        this.userAgent = config.outbound().userAgent();
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The answer of a call, with its body cut at the limit the caller gave. */
    public record Answer(int status, Map<String, java.util.List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    public Answer get(String url, Map<String, String> headers, int maxBytes) throws IOException {
        URI uri = guard.check(url);
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("User-Agent", userAgent);
            headers.forEach(request::header);
            Answer answer = send(request.build(), maxBytes);
            String location = answer.header("Location");
            if (answer.status() / 100 != 3 || answer.status() == 304 || location == null) {
                return answer;
            }
            if (hop >= MAX_REDIRECTS) {
                throw new IOException("too many redirects from " + url);
            }
            uri = guard.check(uri.resolve(location).toString());
        }
    }

    public Answer postJson(String url, String json, Map<String, String> headers, int maxBytes) throws IOException {
        URI uri = guard.check(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("User-Agent", userAgent)
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request.build(), maxBytes);
    }

    private Answer send(HttpRequest request, int maxBytes) throws IOException {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return new Answer(response.statusCode(), response.headers().map(), readAtMost(body, maxBytes));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + request.uri().getHost(), e);
        }
    }

    private static byte[] readAtMost(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > maxBytes) {
                throw new BodyTooLargeException("response larger than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The remote answered with more than the caller is willing to read. */
    public static class BodyTooLargeException extends IOException {
        public BodyTooLargeException(String message) {
            super(message);
        }
    }
}
