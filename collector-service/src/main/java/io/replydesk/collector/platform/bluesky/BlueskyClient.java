package io.replydesk.collector.platform.bluesky;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The XRPC calls the collector makes to a Bluesky PDS (which proxies the app.bsky.* ones to the AppView). Built per
 * service by {@link BlueskyApi}; never used directly, because the wrapper adds the SSRF check, the session, the rate
 * budget and fault tolerance. A null parameter or header is not sent.
 */
@Path("/xrpc")
@Produces(MediaType.APPLICATION_JSON)
interface BlueskyClient {

    /** Logs in with an app password; the answer's access token authorises the other calls. */
    @POST
    @Path("/com.atproto.server.createSession")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<BlueskySession> createSession(BlueskyLogin login);

    /** Newest first with {@code sort=latest}; {@code since} (inclusive) bounds how far back, {@code cursor} pages back. */
    @GET
    @Path("/app.bsky.feed.searchPosts")
    RestResponse<BlueskySearch> searchPosts(@QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("since") String since, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor,
            @HeaderParam("Authorization") String authorization);

    /** Post views of up to 25 at:// URIs; posts that no longer exist are left out of the answer. */
    @GET
    @Path("/app.bsky.feed.getPosts")
    RestResponse<BlueskySearch> getPosts(@QueryParam("uris") java.util.List<String> uris,
            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/com.atproto.repo.getRecord")
    RestResponse<BlueskyRecord> getRecord(@QueryParam("repo") String repo,
            @QueryParam("collection") String collection, @QueryParam("rkey") String rkey,
            @HeaderParam("Authorization") String authorization);

    @POST
    @Path("/com.atproto.repo.createRecord")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<BlueskyRecordRef> createRecord(BlueskyNewRecord record,
            @HeaderParam("Authorization") String authorization);
}
