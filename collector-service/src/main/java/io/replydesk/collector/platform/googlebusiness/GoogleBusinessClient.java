package io.replydesk.collector.platform.googlebusiness;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The Google Business Profile (My Business v4) review calls the collector makes. Built by {@link GoogleBusinessApi};
 * never used directly, because the wrapper adds the token, the quota and fault tolerance. The account and location
 * ids are path segments of the location's resource name {@code accounts/{a}/locations/{l}}.
 */
@Path("/v4/accounts/{account}/locations/{location}/reviews")
@Produces(MediaType.APPLICATION_JSON)
interface GoogleBusinessClient {

    /** A page of the location's reviews; {@code orderBy=updateTime desc} puts the most recently changed first. */
    @GET
    RestResponse<GoogleBusinessReviews> list(@PathParam("account") String account,
            @PathParam("location") String location, @QueryParam("pageSize") int pageSize,
            @QueryParam("pageToken") String pageToken, @QueryParam("orderBy") String orderBy,
            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/{reviewId}")
    RestResponse<JsonNode> get(@PathParam("account") String account, @PathParam("location") String location,
            @PathParam("reviewId") String reviewId, @HeaderParam("Authorization") String authorization);

    /** Creates the owner's reply, or replaces it: a review has at most one. */
    @PUT
    @Path("/{reviewId}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<JsonNode> reply(@PathParam("account") String account, @PathParam("location") String location,
            @PathParam("reviewId") String reviewId, ReviewReply body,
            @HeaderParam("Authorization") String authorization);

    /** The body of reviews.updateReply. */
    record ReviewReply(String comment) {
    }
}
