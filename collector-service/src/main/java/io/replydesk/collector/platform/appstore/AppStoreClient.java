package io.replydesk.collector.platform.appstore;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one call the collector makes to Apple's public customer-reviews feed. Built by {@link AppStoreApi}; never used
 * directly. The answer is read as text and parsed by the wrapper: Apple labels it {@code text/javascript}.
 */
@Path("/{country}/rss/customerreviews/page={page}/id={appId}/sortby=mostrecent/json")
interface AppStoreClient {

    @GET
    @Produces({"application/json", "text/javascript", "*/*"})
    RestResponse<String> reviews(@PathParam("country") String country, @PathParam("page") int page,
            @PathParam("appId") String appId);
}
