package io.replydesk.collector.platform.trustpilot;

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

/** The Trustpilot Business Units API call the collector makes. Built by {@link TrustpilotApi}; never used directly. */
@Path("/v1/business-units")
@Produces(MediaType.APPLICATION_JSON)
interface TrustpilotClient {

    /** A page of the business unit's public reviews; {@code orderBy=createdat.desc} puts the newest first. */
    @GET
    @Path("/{businessUnitId}/reviews")
    RestResponse<Reviews> reviews(@PathParam("businessUnitId") String businessUnitId, @QueryParam("page") int page,
            @QueryParam("perPage") int perPage, @QueryParam("orderBy") String orderBy,
            @HeaderParam("apikey") String apikey);

    /** Each review stays a tree, so one odd review refuses one review, not the whole page. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reviews(List<JsonNode> reviews, List<JsonNode> links) {

        public List<JsonNode> reviewsOrNone() {
            return reviews == null ? List.of() : reviews;
        }

        /** Whether the answer links a next page ({@code rel: next-page}). */
        public boolean hasNextPage() {
            return links != null && links.stream().anyMatch(l -> l != null
                    && "next-page".equals(l.path("rel").asText(null)));
        }
    }
}
