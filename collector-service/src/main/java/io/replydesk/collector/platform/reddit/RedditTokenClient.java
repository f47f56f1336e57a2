package io.replydesk.collector.platform.reddit;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** Reddit's OAuth token endpoint (www.reddit.com/api/v1/access_token), authenticated by the app's id and secret. */
@Produces(MediaType.APPLICATION_JSON)
interface RedditTokenClient {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    RestResponse<RedditToken> token(Form grant, @HeaderParam("Authorization") String basic);
}
