package io.replydesk.collector.platform.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * A non-2xx answer, with its headers (for rate limits) and the platform's own words: Mastodon puts them in
 * {@code {"error": "..."}}. Raised by the client so the wrapper sees every answer, whatever its status.
 */
class MastodonHttpError extends RuntimeException {

    private static final int MAX_REASON = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    final int status;
    final transient MultivaluedMap<String, String> headers;

    MastodonHttpError(int status, MultivaluedMap<String, String> headers, String reason) {
        super(reason);
        this.status = status;
        this.headers = headers;
    }

    /** Registered on every Mastodon client in place of the default mapper. */
    static class Mapper implements ResponseExceptionMapper<MastodonHttpError> {
        @Override
        public MastodonHttpError toThrowable(Response response) {
            String body;
            try {
                body = response.readEntity(String.class);
            } catch (RuntimeException unreadable) {
                body = null;
            }
            return new MastodonHttpError(response.getStatus(), response.getStringHeaders(), reason(body));
        }

        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status >= 300;
        }

        private static String reason(String body) {
            if (body == null || body.isBlank()) {
                return null;
            }
            try {
                JsonNode node = JSON.readTree(body);
                if (node != null && node.hasNonNull("error")) {
                    String error = node.get("error").asText();
                    return node.hasNonNull("error_description")
                            ? error + ": " + node.get("error_description").asText() : error;
                }
            } catch (java.io.IOException | RuntimeException notJson) {
                // fall back to the start of the raw body
            }
            String text = io.replydesk.collector.platform.PlainText.fromHtml(body, MAX_REASON);
            return text.isBlank() ? null : text;
        }
    }
}
