package io.replydesk.response.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Browser-facing settings of the response service ({@code replydesk.web.*}). */
@ConfigMapping(prefix = "replydesk.web")
public interface WebConfig {

    /**
     * Origins besides the service's own (as the browser sees it, e.g. {@code https://replies.example.com})
     * whose pages may send writes; empty: same origin only.
     */
    Optional<List<String>> allowedOrigins();
}
