package io.replydesk.response.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.replydesk.response.config.ResponseConfig;
import io.replydesk.response.service.DraftInbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** The draft inbox: read drafts, edit their text, approve or reject them. */
@Path("/api/v1/drafts")
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {

    @Inject
    DraftInbox inbox;

    @Inject
    ResponseConfig config;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public List<DraftResponse> list(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        return inbox.list(ListParams.status(status), ListParams.limit(limit, config)).stream()
                .map(this::response).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public DraftResponse get(@PathParam("id") UUID id) {
        return response(inbox.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public DraftResponse edit(@PathParam("id") UUID id, EditDraftRequest request) {
        InvalidRequestException.requireBody(request);
        return response(inbox.edit(id, request.validText(config.maxTextLength()), request.requiredVersion(),
                actor()));
    }

    /** {@code version}, when given, must be the version the approver read. */
    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public DraftResponse approve(@PathParam("id") UUID id, @QueryParam("version") String version) {
        return response(inbox.approve(id, ListParams.version(version), actor()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public DraftResponse reject(@PathParam("id") UUID id, RejectDraftRequest request) {
        InvalidRequestException.requireBody(request);
        return response(inbox.reject(id, request.validReason(config.maxReasonLength()), actor()));
    }

    private DraftResponse response(io.replydesk.response.Draft draft) {
        return DraftResponse.from(draft, inbox.limitOf(draft));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
