package io.replydesk.collector.platform.yelp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** The Yelp Fusion call the collector makes. Built by {@link YelpApi}; never used directly. */
@Path("/v3/businesses")
@Produces(MediaType.APPLICATION_JSON)
interface YelpClient {

    /** The (at most three) review excerpts Yelp shares for a business. */
    @GET
    @Path("/{businessId}/reviews")
    RestResponse<Reviews> reviews(@PathParam("businessId") String businessId, @QueryParam("locale") String locale,
            @HeaderParam("Authorization") String authorization);

    /** Each review stays a tree, so one odd review refuses one review, not the whole answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reviews(List<JsonNode> reviews, Integer total) {
    }
}
