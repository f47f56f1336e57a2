package io.replydesk.collector.platform.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The calls of Trustpilot's private API the collector makes to answer reviews. Built by {@link TrustpilotReplies};
 * never used directly.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
interface TrustpilotPrivateClient {

    /**
     * The password grant (developers.trustpilot.com/grant-type-password): {@code {access_token, refresh_token,
     * expires_in}}; access tokens last 100 hours (developers.trustpilot.com/authentication).
     */
    @POST
    @Path("/oauth/oauth-business-users-for-applications/accesstoken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    RestResponse<JsonNode> accessToken(@FormParam("grant_type") String grantType,
            @FormParam("username") String username, @FormParam("password") String password,
            @HeaderParam("Authorization") String basic);

    /** A review as its business sees it, with {@code companyReply} {text, createdAt} once answered. */
    @GET
    @Path("/private/reviews/{reviewId}")
    RestResponse<JsonNode> review(@PathParam("reviewId") String reviewId,
            @HeaderParam("Authorization") String bearer);

    /** Answers the review: {@code {"authorBusinessUserId", "message"}}; 201 with no body needed. */
    @POST
    @Path("/private/reviews/{reviewId}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<String> reply(@PathParam("reviewId") String reviewId, JsonNode body,
            @HeaderParam("Authorization") String bearer);
}
