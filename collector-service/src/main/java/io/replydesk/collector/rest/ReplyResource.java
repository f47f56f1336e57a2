package io.replydesk.collector.rest;

import io.replydesk.collector.ReplyDelivery;
import io.replydesk.collector.service.SourceCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The replies the collector delivered (or tried to) for a source, newest first. */
@Path("/api/v1/replies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "viewer", "responder", "approver"})
public class ReplyResource {

    private final SourceCatalog catalog;

    public ReplyResource(SourceCatalog catalog) {
        this.catalog = catalog;
    }

    /** One delivery. */
    public record Delivery(String idempotencyKey, UUID draftId, String postId, String sourceId, String text,
            ReplyDelivery.Status status, int attempts, String platformReplyId, String lastError, String approvedBy,
            Instant createdAt, Instant finishedAt) {
        static Delivery from(ReplyDelivery d) {
            return new Delivery(d.idempotencyKey, d.draftId, d.postId, d.sourceId, d.text, d.status, d.attempts,
                    d.platformReplyId, d.lastError, d.approvedBy, d.createdAt, d.finishedAt);
        }
    }

    @GET
    public List<Delivery> list(@QueryParam("sourceId") String sourceId,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (sourceId == null || sourceId.isBlank()) {
            throw ProblemException.badRequest("query parameter sourceId is required");
        }
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("limit must be between 1 and 1000");
        }
        catalog.get(sourceId);
        return ReplyDelivery.ofSource(sourceId, limit).stream().map(Delivery::from).toList();
    }
}
