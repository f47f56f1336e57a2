package io.replydesk.collector.platform.appstore;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The App Store Connect API calls the collector makes to read and answer reviews. Built by {@link AppStoreApi}; never used
 * directly.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
interface AppStoreConnectClient {

    /**
     * The app's reviews, every territory, sorted by {@code sort} ({@code -createdDate}: newest first); the next page
     * is {@code links.next}, whose {@code cursor} goes back here.
     */
    @GET
    @Path("/apps/{id}/customerReviews")
    RestResponse<JsonNode> reviews(@PathParam("id") String appId, @QueryParam("sort") String sort,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor,
            @HeaderParam("Authorization") String authorization);

    /** The developer response of a review (404 when there is none). */
    @GET
    @Path("/customerReviews/{id}/response")
    RestResponse<JsonNode> response(@PathParam("id") String reviewId,
            @HeaderParam("Authorization") String authorization);

    /** Creates the response of a review, or replaces it (one per review). */
    @POST
    @Path("/customerReviewResponses")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<JsonNode> respond(JsonNode body, @HeaderParam("Authorization") String authorization);
}
