package io.replydesk.collector.platform.googleplay;

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
 * The Google Play Developer API (androidpublisher v3) review calls the collector makes. Built by
 * {@link GooglePlayApi}; never used directly, because the wrapper adds the token, the quota and fault tolerance.
 */
@Path("/androidpublisher/v3/applications/{packageName}/reviews")
@Produces(MediaType.APPLICATION_JSON)
interface GooglePlayClient {

    /** Reviews with text created or modified in the last 7 days, most recently modified first. */
    @GET
    RestResponse<GooglePlayReviews> list(@PathParam("packageName") String packageName,
            @QueryParam("maxResults") int maxResults, @QueryParam("token") String token,
            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/{reviewId}")
    RestResponse<JsonNode> get(@PathParam("packageName") String packageName,
            @PathParam("reviewId") String reviewId, @HeaderParam("Authorization") String authorization);

    /** Replies, or replaces the earlier reply: posting the same text twice leaves one reply. */
    @POST
    @Path("/{reviewId}:reply")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<JsonNode> reply(@PathParam("packageName") String packageName,
            @PathParam("reviewId") String reviewId, ReplyText body,
            @HeaderParam("Authorization") String authorization);

    /** The body of reviews.reply. */
    record ReplyText(String replyText) {
    }
}
