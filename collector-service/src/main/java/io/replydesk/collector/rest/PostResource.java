package io.replydesk.collector.rest;

import io.replydesk.collector.ObservedPost;
import io.replydesk.collector.service.SourceCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The observed posts of a source, newest first, in their latest version. */
@Path("/api/v1/posts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "viewer", "responder", "approver"})
public class PostResource {

    private final SourceCatalog catalog;

    public PostResource(SourceCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public List<PostResponse> list(@QueryParam("sourceId") String sourceId,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (sourceId == null || sourceId.isBlank()) {
            throw ProblemException.badRequest("query parameter sourceId is required");
        }
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("limit must be between 1 and 1000");
        }
        catalog.get(sourceId);
        return ObservedPost.newestOf(sourceId, limit).stream().map(PostResponse::from).toList();
    }
}
