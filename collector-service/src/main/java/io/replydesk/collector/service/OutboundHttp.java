package io.replydesk.collector.service;

import io.replydesk.collector.config.CollectorConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.ssl.SSLContexts;

/**
 * The one way the collector calls out: every hop (redirects included) passes the SSRF guard, each connection goes
 * to the addresses the guard checked when it was opened (see {@link PinnedConnections}), bodies are read up to a
 * limit, and each call is bounded in time.
 */
@ApplicationScoped
public class OutboundHttp {

    private static final int MAX_REDIRECTS = 3;
    private static final ContentType JSON = ContentType.create("application/json");

    private final OutboundUrlGuard guard;
    private final Duration timeout;
    private final CloseableHttpClient client;
    /** Aborts a request whose answer has not begun within the timeout: socket timeouts alone bound each read. */
    private final ScheduledThreadPoolExecutor deadlines;

    @Inject
    public OutboundHttp(OutboundUrlGuard guard, CollectorConfig config) {
        this(guard, config.outbound().timeout(), config.outbound().userAgent(), SSLContexts.createSystemDefault());
    }

    OutboundHttp(OutboundUrlGuard guard, Duration timeout, String userAgent, SSLContext tls) {
        this.guard = guard;
        this.timeout = timeout;
        this.client = PinnedConnections.client(guard, timeout, userAgent, tls);
        this.deadlines = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "outbound-deadline");
            thread.setDaemon(true);
            return thread;
        });
        this.deadlines.setRemoveOnCancelPolicy(true);
    }

    /** The answer of a call, with its body cut at the limit the caller gave. */
    public record Answer(int status, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    public Answer get(String url, Map<String, String> headers, int maxBytes) throws IOException {
        URI uri = guard.check(url);
        for (int hop = 0; ; hop++) {
            HttpGet request = new HttpGet(uri);
            headers.forEach(request::addHeader);
            Answer answer = send(request, maxBytes);
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
        HttpPost request = new HttpPost(guard.check(url));
        request.setEntity(new ByteArrayEntity(json.getBytes(StandardCharsets.UTF_8), JSON));
        headers.forEach(request::addHeader);
        return send(request, maxBytes);
    }

    private Answer send(HttpRequestBase request, int maxBytes) throws IOException {
        ScheduledFuture<?> deadline = deadlines.schedule(request::abort, timeout.toMillis(), TimeUnit.MILLISECONDS);
        CloseableHttpResponse response;
        try {
            response = client.execute(request);
        } catch (IOException e) {
            if (request.isAborted()) {
                throw new SocketTimeoutException("no answer from " + request.getURI().getHost() + " within "
                        + timeout.toMillis() + " ms");
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
        try (response) {
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : readAtMost(entity.getContent(), maxBytes);
            return new Answer(response.getStatusLine().getStatusCode(), headersOf(response), body);
        }
    }

    private static Map<String, List<String>> headersOf(CloseableHttpResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getAllHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return Collections.unmodifiableMap(headers);
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

    @PreDestroy
    void close() {
        deadlines.shutdownNow();
        try {
            client.close();
        } catch (IOException closing) {
            // the pool's sockets are being dropped anyway
        }
    }

    /** The remote answered with more than the caller is willing to read. */
    public static class BodyTooLargeException extends IOException {
        public BodyTooLargeException(String message) {
            super(message);
        }
    }
}
