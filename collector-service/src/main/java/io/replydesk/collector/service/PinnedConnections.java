package io.replydesk.collector.service;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.conn.util.PublicSuffixMatcherLoader;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * The HTTP client behind {@link OutboundHttp}, built so that every connection it opens goes to addresses the SSRF
 * guard has just checked: its connection manager asks {@link OutboundUrlGuard#connectableAddresses} instead of DNS
 * and connects to exactly what that returns. TLS still sends the host name (SNI) and verifies the certificate
 * against it, not against the address. Nothing is done behind the caller's back: no redirects (each hop is the
 * caller's, and guarded), no retries (a POST must not be sent twice here), no cookies, no transparent
 * decompression, no proxy.
 */
final class PinnedConnections {

    /** Pollers and reply deliveries run a few at a time; this only caps a burst towards one host. */
    private static final int PER_HOST = 8;
    private static final int TOTAL = 64;
    private static final long IDLE_SECONDS = 30;

    private PinnedConnections() {
    }

    static CloseableHttpClient client(OutboundUrlGuard guard, Duration timeout, String userAgent, SSLContext tls) {
        int millis = Math.toIntExact(timeout.toMillis());
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(
                RegistryBuilder.<ConnectionSocketFactory>create()
                        .register("http", PlainConnectionSocketFactory.getSocketFactory())
                        .register("https", new SSLConnectionSocketFactory(tls,
                                new DefaultHostnameVerifier(PublicSuffixMatcherLoader.getDefault())))
                        .build(),
                guard::connectableAddresses);
        connections.setMaxTotal(TOTAL);
        connections.setDefaultMaxPerRoute(PER_HOST);
        connections.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(millis).build());
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(millis).setSocketTimeout(millis)
                        .setConnectionRequestTimeout(millis).setRedirectsEnabled(false).build())
                .setUserAgent(userAgent)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .disableConnectionState()
                .evictExpiredConnections()
                .evictIdleConnections(IDLE_SECONDS, TimeUnit.SECONDS)
                .build();
    }
}
