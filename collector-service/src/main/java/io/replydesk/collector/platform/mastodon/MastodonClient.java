package io.replydesk.collector.platform.mastodon;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The Mastodon REST API calls the collector makes. Built per server by {@link MastodonApi}; never used directly,
 * because the wrapper adds the SSRF check, the rate budget and fault tolerance. A null header is not sent.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
interface MastodonClient {

    /**
     * Newest first; with {@code min_id}, the statuses immediately newer than it (forward paging, no gaps); with
     * {@code max_id}, the statuses immediately older (back-fill). The Link header names both neighbours.
     */
    @GET
    @Path("/v1/timelines/tag/{hashtag}")
    RestResponse<List<MastodonStatus>> tagTimeline(@PathParam("hashtag") String hashtag,
            @QueryParam("min_id") String minId, @QueryParam("max_id") String maxId, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization);

    /**
     * Full-text search of statuses, newest first ({@code order(id: desc)} in Mastodon's StatusesSearchService);
     * {@code min_id}/{@code max_id} bound the results, they do not page like a timeline. No Link header.
     */
    @GET
    @Path("/v2/search")
    RestResponse<MastodonSearchResults> search(@QueryParam("q") String query, @QueryParam("type") String type,
            @QueryParam("resolve") boolean resolve, @QueryParam("min_id") String minId,
            @QueryParam("max_id") String maxId, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization);

    /** One status with its current counters; 404 when deleted or not visible to us. */
    @GET
    @Path("/v1/statuses/{id}")
    RestResponse<MastodonStatus> status(@PathParam("id") String id,
            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/v1/statuses/{id}/context")
    RestResponse<MastodonContext> context(@PathParam("id") String id,
            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/v1/accounts/verify_credentials")
    RestResponse<MastodonAccount> verifyCredentials(@HeaderParam("Authorization") String authorization);

    /** Mastodon keeps the Idempotency-Key for an hour and answers a repeat with the status already made. */
    @POST
    @Path("/v1/statuses")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<MastodonStatus> postStatus(NewStatus status, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("Authorization") String authorization);
}
