package io.replydesk.collector.rest;

import io.replydesk.collector.Source;
import io.replydesk.collector.service.Connectors;
import io.replydesk.collector.service.ReplyChannels;
import io.replydesk.collector.service.SourceCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Source management: list, create, read, change, delete. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "viewer", "responder", "approver"})
public class SourceResource {

    private final SourceCatalog catalog;
    private final ReplyChannels channels;
    private final Connectors connectors;

    public SourceResource(SourceCatalog catalog, ReplyChannels channels, Connectors connectors) {
        this.catalog = catalog;
        this.channels = channels;
        this.connectors = connectors;
    }

    @GET
    public List<SourceResponse> list() {
        return catalog.all().stream().map(this::view).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response create(@NotNull(message = "a JSON body is required") @Valid SourceRequest request) {
        SourceCatalog.Created created = catalog.create(request);
        return Response.created(URI.create("/api/v1/sources/" + created.source().id))
                .entity(view(created)).build();
    }

    /** A webhook source's new ingest token and signing secret, shown this once; the old ones stop working. */
    @POST
    @Path("{id}/rotate-secrets")
    @RolesAllowed("admin")
    public SourceResponse rotateSecrets(@PathParam("id") String id) {
        return view(catalog.rotateSecrets(id));
    }

    @GET
    @Path("{id}")
    public SourceResponse get(@PathParam("id") String id) {
        return view(catalog.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public SourceResponse update(@PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid SourcePatch patch) {
        return view(catalog.update(id, patch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("admin")
    public Response delete(@PathParam("id") String id) {
        catalog.delete(id);
        return Response.noContent().build();
    }

    private SourceResponse view(SourceCatalog.Created created) {
        Source source = created.source();
        return SourceResponse.from(source, channels.canReply(source), connectors.of(source.type).capabilities(source),
                created.secrets());
    }

    private SourceResponse view(Source source) {
        return SourceResponse.from(source, channels.canReply(source),
                connectors.of(source.type).capabilities(source));
    }
}
