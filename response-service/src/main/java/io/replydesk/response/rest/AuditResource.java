package io.replydesk.response.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.response.config.ResponseConfig;
import io.replydesk.response.service.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The audit trail, newest first, optionally for one draft; and its export as CSV or JSON. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    ResponseConfig config;

    @Inject
    ObjectMapper mapper;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public List<AuditEntryResponse> list(@QueryParam("draftId") String draftId, @QueryParam("limit") String limit) {
        return audit.latest(ListParams.uuid("draftId", draftId), ListParams.limit(limit, config)).stream()
                .map(AuditEntryResponse::from).toList();
    }

    /** Every entry in [from, to) (ISO-8601 instants, both optional), oldest first, as a download. */
    @GET
    @Path("export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public Response export(@QueryParam("format") String format, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Instant start = instant("from", from, Instant.EPOCH);
        Instant end = instant("to", to, Instant.parse("9999-12-31T00:00:00Z"));
        String kind = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "csv" -> Response.ok(AuditExport.csv(audit, start, end), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"replydesk-audit.csv\"").build();
            case "json" -> Response.ok(AuditExport.json(audit, mapper, start, end), MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"replydesk-audit.json\"").build();
            default -> throw new InvalidRequestException("format must be csv or json, not '" + format + "'");
        };
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
