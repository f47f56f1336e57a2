package io.replydesk.collector.platform.googlebusiness;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of accounts.locations.reviews.list. Each review stays a tree, so one odd review refuses one review, not
 * the whole page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoogleBusinessReviews(List<JsonNode> reviews, String nextPageToken, Double averageRating,
        Long totalReviewCount) {

    public List<JsonNode> reviewsOrNone() {
        return reviews == null ? List.of() : reviews;
    }
}
