package io.replydesk.e2e;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.util.List;

/**
 * Every API answer the end-to-end tests received (status line, headers and body), recorded by a RestAssured
 * filter the shared stack installs for all requests, so a test can look for secrets in what the services said.
 */
final class SeenResponses implements Filter {

    /** One answer and the request it answered. */
    record Seen(String request, int status, String headersAndBody) {
        boolean contains(String value) {
            return headersAndBody.contains(value);
        }
    }

    private final List<Seen> seen = new ArrayList<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification spec,
            FilterContext context) {
        Response response = context.next(request, spec);
        Seen answer = new Seen(request.getMethod() + " " + request.getURI(), response.statusCode(),
                response.getStatusLine() + "\n" + response.getHeaders() + "\n" + response.asString());
        synchronized (seen) {
            seen.add(answer);
        }
        return response;
    }

    List<Seen> all() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }
}
