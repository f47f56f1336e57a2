package io.replydesk.collector.platform.reddit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
 * The Reddit OAuth API calls the collector makes (on oauth.reddit.com). Built by {@link RedditApi}; never used
 * directly, because the wrapper adds the token, the rate budget and fault tolerance. {@code raw_json=1} asks for
 * text and HTML without Reddit's legacy entity escaping. A null parameter is not sent.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
interface RedditClient {

    /** A subreddit's newest submissions; {@code after} (a fullname) pages back in time. */
    @GET
    @Path("r/{subreddit}/new.json")
    RestResponse<RedditListing> newInSubreddit(@PathParam("subreddit") String subreddit,
            @QueryParam("limit") int limit, @QueryParam("after") String after, @QueryParam("raw_json") int rawJson,
            @HeaderParam("Authorization") String authorization);

    /** Site-wide search, newest first. */
    @GET
    @Path("search.json")
    RestResponse<RedditListing> search(@QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("type") String type, @QueryParam("limit") int limit, @QueryParam("after") String after,
            @QueryParam("raw_json") int rawJson, @HeaderParam("Authorization") String authorization);

    /** Search inside one subreddit ({@code restrict_sr=1}), newest first. */
    @GET
    @Path("r/{subreddit}/search.json")
    RestResponse<RedditListing> searchInSubreddit(@PathParam("subreddit") String subreddit,
            @QueryParam("q") String q, @QueryParam("restrict_sr") int restrict, @QueryParam("sort") String sort,
            @QueryParam("type") String type, @QueryParam("limit") int limit, @QueryParam("after") String after,
            @QueryParam("raw_json") int rawJson, @HeaderParam("Authorization") String authorization);

    /** Things by fullname (comma-separated, up to 100), with their current score and comment count. */
    @GET
    @Path("api/info")
    RestResponse<RedditListing> info(@QueryParam("id") String fullnames, @QueryParam("raw_json") int rawJson,
            @HeaderParam("Authorization") String authorization);

    /** The account the token belongs to. */
    @GET
    @Path("api/v1/me")
    RestResponse<RedditAccount> me(@HeaderParam("Authorization") String authorization);

    /** An account's newest comments. */
    @GET
    @Path("user/{name}/comments")
    RestResponse<RedditListing> commentsOf(@PathParam("name") String name, @QueryParam("sort") String sort,
            @QueryParam("limit") int limit, @QueryParam("raw_json") int rawJson,
            @HeaderParam("Authorization") String authorization);

    /** Replies to a submission (t3_) or comment (t1_). Reddit has no idempotency key. */
    @POST
    @Path("api/comment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    RestResponse<JsonNode> comment(@FormParam("api_type") String apiType, @FormParam("thing_id") String thingId,
            @FormParam("text") String text, @QueryParam("raw_json") int rawJson,
            @HeaderParam("Authorization") String authorization);
}
