package io.replydesk.collector.platform;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The one way every connector builds its typed REST client: bounded time and body size, no redirects
 * (an SSRF-checked URL must not hop elsewhere), our User-Agent, and the platform's own error reader in
 * place of the default mapper, so a refusal carries the platform's words.
 */
public final class PlatformClients {

    private PlatformClients() {
    }

    public static QuarkusRestClientBuilder builder(URI base, Duration timeout, String userAgent, long maxBodyBytes,
            Object errorMapper) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .userAgent(userAgent)
                .disableDefaultMapper(true)
                .register(errorMapper)
                .register(new BoundedBodies(maxBodyBytes));
    }
}
