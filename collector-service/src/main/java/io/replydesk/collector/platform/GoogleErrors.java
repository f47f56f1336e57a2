package io.replydesk.collector.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The reason in a Google API refusal: {@code {"error": {"code", "message", "status"}}}, or the token endpoint's flat form. */
public final class GoogleErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoogleErrors() {
    }

    public static String reason(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isObject()) {
                String status = error.path("status").asText(null);
                String message = error.path("message").asText(null);
                return status == null ? message : message == null ? status : status + ": " + message;
            }
            return error.isTextual() ? error.asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
