package io.replydesk.collector.platform.googleplay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of reviews.list. Each review stays a tree, so one odd review refuses one review, not the whole page.
 * An empty answer ({@code {}}) means no reviews.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GooglePlayReviews(List<JsonNode> reviews, TokenPagination tokenPagination) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TokenPagination(String nextPageToken) {
    }

    public List<JsonNode> reviewsOrNone() {
        return reviews == null ? List.of() : reviews;
    }

    public String nextPageToken() {
        return tokenPagination == null ? null : tokenPagination.nextPageToken();
    }
}
