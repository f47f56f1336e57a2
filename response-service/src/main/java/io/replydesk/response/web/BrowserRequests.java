package io.replydesk.response.web;

import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;

/**
 * Tells browser requests from API clients. A browser that receives {@code WWW-Authenticate: Basic} may prompt
 * and then keep the typed password, attaching it to every later request to us, including ones another site
 * forges; so browsers never get that challenge. The inbox sends its credentials itself and marks its calls.
 */
public final class BrowserRequests {

    /** The header the inbox's scripts add to every API call. */
    public static final String MARKER = "X-Requested-With";

    private BrowserRequests() {
    }

    public static boolean fromBrowser(HttpServerRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader(MARKER) != null || request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Sec-Fetch-Dest") != null
                || accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }
}
