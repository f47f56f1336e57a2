package io.replydesk.collector.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.collector.service.KnownSecrets;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * A non-2xx answer of a platform, with its headers (for rate limits) and the platform's own words. Raised by a
 * typed client through {@link Mapper}, so the wrapper sees every answer, whatever its status.
 */
public class PlatformHttpError extends RuntimeException {

    private static final int MAX_REASON = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final transient MultivaluedMap<String, String> headers;

    public PlatformHttpError(int status, MultivaluedMap<String, String> headers, String reason) {
        super(KnownSecrets.redact(reason));
        this.status = status;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public MultivaluedMap<String, String> headers() {
        return headers;
    }

    /**
     * A reason reader for platforms that answer {@code {"error": "name", "<detailField>": "..."}} (Mastodon, XRPC):
     * "name: detail", or the name alone.
     */
    public static Function<String, String> errorNamed(String detailField) {
        return body -> {
            try {
                JsonNode node = JSON.readTree(body);
                if (node == null || !node.hasNonNull("error")) {
                    return null;
                }
                String error = node.get("error").asText();
                return node.hasNonNull(detailField) ? error + ": " + node.get(detailField).asText() : error;
            } catch (IOException notJson) {
                return null;
            }
        };
    }

    /**
     * Registered on a platform's client in place of the default mapper.
     * {@code reason} reads the platform's error body (its JSON shape differs by platform) and answers null when it
     * cannot; the start of the body as plain text is used then.
     */
    public static class Mapper implements ResponseExceptionMapper<PlatformHttpError> {
        private final Function<String, String> reason;

        public Mapper(Function<String, String> reason) {
            this.reason = reason;
        }

        @Override
        public PlatformHttpError toThrowable(Response response) {
            String body;
            try {
                body = response.readEntity(String.class);
            } catch (RuntimeException unreadable) {
                body = null;
            }
            return new PlatformHttpError(response.getStatus(), response.getStringHeaders(), reasonOf(body));
        }

        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status >= 300;
        }

        private String reasonOf(String body) {
            if (body == null || body.isBlank()) {
                return null;
            }
            String said;
            try {
                said = reason.apply(body);
            } catch (RuntimeException notTheUsualShape) {
                said = null;
            }
            if (said != null && !said.isBlank()) {
                return said.length() > MAX_REASON ? said.substring(0, MAX_REASON) : said;
            }
            String text = PlainText.fromHtml(body, MAX_REASON);
            return text.isBlank() ? null : text;
        }
    }
}
