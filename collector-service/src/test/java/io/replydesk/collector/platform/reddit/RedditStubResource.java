package io.replydesk.collector.platform.reddit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A WireMock server standing in for reddit.com: Reddit's API and token URLs are configuration rather than source
 * settings, so the stub has to exist before the application starts. Tests reach it through {@link #client()}.
 */
public class RedditStubResource implements QuarkusTestResourceLifecycleManager {

    static final String API_URL = "replydesk.collector.reddit.api-url";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return Map.of(API_URL, server.baseUrl(),
                "replydesk.collector.reddit.token-url", server.baseUrl() + "/api/v1/access_token");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A client of the running stub, found through the configuration the application got. */
    public static WireMock client() {
        URI api = URI.create(ConfigProvider.getConfig().getValue(API_URL, String.class));
        return new WireMock(api.getHost(), api.getPort());
    }
}
