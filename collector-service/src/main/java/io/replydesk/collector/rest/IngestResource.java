package io.replydesk.collector.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.service.IngestSecrets;
import io.replydesk.collector.service.PostIntake;
import io.replydesk.collector.service.SourceCatalog;
import io.replydesk.collector.service.WebhookSignature;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Webhook push: one post or an array of them. Accepted from a user with the admin or ingest role, or with the
 * source's own bearer token, or signed with the source's signing secret ({@link WebhookSignature}). The body is
 * taken as raw bytes because a signature covers exactly the bytes sent. The whole batch is checked before anything
 * is stored.
 */
@Path("/api/v1/ingest/{sourceId}")
@PermitAll
public class IngestResource {

    private static final int MAX_BATCH = io.replydesk.collector.platform.webhook.WebhookConnector.MAX_BATCH;

    private final SourceCatalog catalog;
    private final PostIntake intake;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final int maxText;

    public IngestResource(SourceCatalog catalog, PostIntake intake, SecurityIdentity identity, ObjectMapper json,
            CollectorConfig config) {
        this.catalog = catalog;
        this.intake = intake;
        this.identity = identity;
        this.json = json;
        this.maxText = config.maxTextLength();
    }

    /** What an accepted push did. */
    public record Accepted(String sourceId, int received, int observed, int updated, int unchanged) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response ingest(@PathParam("sourceId") String sourceId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(WebhookSignature.HEADER) String signature, byte[] raw) throws java.io.IOException {
        byte[] bytes = raw == null ? new byte[0] : raw;
        Source source = authorised(sourceId, authorization, signature, bytes);
        JsonNode body = bytes.length == 0 ? null : json.readTree(bytes);
        if (source.type != SourceType.WEBHOOK) {
            throw ProblemException.badRequest("source " + sourceId + " is a " + source.type.json()
                    + " source; only webhook sources accept pushed posts");
        }
        if (!source.enabled) {
            // refused, not swallowed: the sender keeps the posts and can push them again once the source is on
            throw new ProblemException(Response.Status.CONFLICT, "source " + sourceId + " is disabled; nothing was"
                    + " stored. Enable it (PATCH {\"enabled\": true}) and push again");
        }
        List<IncomingPost> posts = parse(body);
        PostIntake.Intake result = intake.take(source, posts);
        return Response.accepted(new Accepted(sourceId, posts.size(), result.observed(), result.updated(),
                result.unchanged())).build();
    }

    /**
     * Callers are told who they are before whether the source exists, so ids cannot be probed: a token or signature
     * for an unknown source is refused exactly like a wrong one.
     */
    private Source authorised(String sourceId, String authorization, String signature, byte[] body) {
        if (identity.hasRole("admin") || identity.hasRole("ingest")) {
            return catalog.get(sourceId);
        }
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (bearer || signature != null) {
            Source source = catalog.find(sourceId).orElse(null);
            if (source != null && (bearer && source.acceptsToken(IngestSecrets.hash(authorization.substring(7).strip()))
                    || WebhookSignature.verify(signature, source.ingestSigningSecret, body, Instant.now()))) {
                return source;
            }
        }
        if (identity.isAnonymous()) {
            throw new ProblemException(Response.Status.UNAUTHORIZED, "send the source's ingest token as a bearer"
                    + " token, or sign the body with its signing secret in " + WebhookSignature.HEADER + " (t=<unix"
                    + " seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">, within 5 minutes of our clock), or log in"
                    + " as a user with the ingest role");
        }
        throw new ProblemException(Response.Status.FORBIDDEN, "user " + identity.getPrincipal().getName()
                + " may not push posts; the admin or ingest role is needed");
    }

    private List<IncomingPost> parse(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ProblemException.badRequest("a JSON body is required: one post or an array of posts");
        }
        List<JsonNode> items = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(items::add);
        } else if (body.isObject()) {
            items.add(body);
        } else {
            throw ProblemException.badRequest("the body must be a JSON object or an array of objects");
        }
        if (items.isEmpty()) {
            throw ProblemException.badRequest("the array of posts is empty");
        }
        if (items.size() > MAX_BATCH) {
            throw ProblemException.badRequest("at most " + MAX_BATCH + " posts per request, got " + items.size());
        }
        Instant now = Instant.now();
        List<IncomingPost> posts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String where = body.isArray() ? "posts[" + i + "]." : "";
            if (!items.get(i).isObject()) {
                throw ProblemException.badRequest(where.isEmpty() ? "a post must be a JSON object"
                        : "posts[" + i + "] must be a JSON object");
            }
            IngestPost post;
            try {
                post = json.treeToValue(items.get(i), IngestPost.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw ProblemException.badRequest(where + "has a field of the wrong type: " + e.getOriginalMessage());
            }
            posts.add(post.toIncoming(where, maxText, now));
        }
        return posts;
    }
}
