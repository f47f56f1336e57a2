package io.replydesk.response.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.replydesk.response.IncidentStatus;
import io.replydesk.response.config.ResponseConfig;
import io.replydesk.response.service.IncidentDesk;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Incidents: related flagged posts with their timeline, reach and sentiment trend; owners move them along. */
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    IncidentDesk desk;

    @Inject
    ResponseConfig config;

    @Inject
    SecurityIdentity identity;

    /** Active incidents first, then by latest post; {@code status} filters. */
    @GET
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public List<IncidentResponse> list(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        return desk.list(status(status), ListParams.limit(limit, config)).stream().map(IncidentResponse::summary)
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public IncidentResponse get(@PathParam("id") UUID id) {
        return IncidentResponse.detail(desk.get(id));
    }

    /** Changes status, owner (empty string: nobody) or title; {@code version} must be the one read. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public IncidentResponse change(@PathParam("id") UUID id, ChangeIncidentRequest request) {
        InvalidRequestException.requireBody(request);
        return IncidentResponse.detail(desk.change(id, request.requiredVersion(), status(request.status()),
                request.validOwner(), request.validTitle(), identity.getPrincipal().getName()));
    }

    /** A change to an incident; fields left out stay as they are. */
    public record ChangeIncidentRequest(String status, String owner, String title, Long version) {

        long requiredVersion() {
            if (version == null) {
                throw new InvalidRequestException("version is required: send the version of the incident you read");
            }
            if (status == null && owner == null && title == null) {
                throw new InvalidRequestException("nothing to change: send status, owner or title");
            }
            return version;
        }

        String validOwner() {
            if (owner != null && owner.length() > 200) {
                throw new InvalidRequestException("owner has more than 200 characters");
            }
            return owner;
        }

        String validTitle() {
            return title == null ? null : InvalidRequestException.requireText("title", title, 500);
        }
    }

    private static IncidentStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return IncidentStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status must be one of " + Arrays.toString(IncidentStatus.values())
                    + ", not '" + raw + "'");
        }
    }
}
