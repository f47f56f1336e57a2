package io.replydesk.response.rest;

import io.replydesk.response.config.ResponseConfig;
import io.replydesk.response.service.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The audit trail, newest first, optionally for one draft. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    ResponseConfig config;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public List<AuditEntryResponse> list(@QueryParam("draftId") String draftId, @QueryParam("limit") String limit) {
        return audit.latest(ListParams.uuid("draftId", draftId), ListParams.limit(limit, config)).stream()
                .map(AuditEntryResponse::from).toList();
    }
}
