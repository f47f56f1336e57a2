package io.replydesk.response.rest;

import io.replydesk.response.service.ResponseClocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Response-time clocks: per source, per ISO week or both, the median and 90th percentile of each leg from the
 * post's creation on its platform to our reply being posted.
 */
@Path("/api/v1/clocks")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    @Inject
    ResponseClocks clocks;

    /** The groups, each with {@code legs} keyed observed, drafted, approved, posted and total. */
    public record ClocksResponse(String by, Instant from, Instant to, List<GroupResponse> groups) {
    }

    /** One source, week or source-and-week. */
    public record GroupResponse(String key, long drafts, Map<String, ResponseClocks.Stats> legs) {
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public ClocksResponse measure(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        ResponseClocks.Grouping grouping = grouping(by);
        Instant start = instant("from", from, Instant.EPOCH);
        Instant end = instant("to", to, Instant.parse("9999-12-31T00:00:00Z"));
        List<GroupResponse> groups = clocks.measure(grouping, start, end).stream().map(g -> {
            Map<String, ResponseClocks.Stats> legs = new LinkedHashMap<>();
            g.legs().forEach((leg, stats) -> legs.put(leg.name().toLowerCase(Locale.ROOT), stats));
            return new GroupResponse(g.key(), g.drafts(), legs);
        }).toList();
        return new ClocksResponse(grouping.name().toLowerCase(Locale.ROOT).replace('_', '-'), start, end, groups);
    }

    private static ResponseClocks.Grouping grouping(String raw) {
        if (raw == null || raw.isBlank()) {
            return ResponseClocks.Grouping.SOURCE;
        }
        try {
            return ResponseClocks.Grouping.valueOf(raw.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("by must be one of " + Arrays.stream(ResponseClocks.Grouping.values())
                    .map(g -> g.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList() + ", not '" + raw + "'");
        }
    }

    private static Instant instant(String name, String raw, Instant otherwise) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be an ISO-8601 instant such as 2026-11-20T00:00:00Z");
        }
    }
}
