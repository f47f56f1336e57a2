package io.replydesk.sentiment.rest;

import io.replydesk.events.Engagement;
import io.replydesk.sentiment.PostContent;
import io.replydesk.sentiment.StarRating;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /api/v1/analyze}: only {@code text} is required. {@code engagement} holds the
 * post's counters over time (for VIRAL), {@code createdAt} its age (for priority); unknown fields are ignored.
 */
public record AnalyzeRequest(String text, String language, Integer rating, Integer ratingScale, Long authorFollowers,
        List<Engagement> engagement, Instant createdAt) {

    public static final int MAX_SNAPSHOTS = 1000;

    private static final Pattern ISO_639_1 = Pattern.compile("[A-Za-z]{2}([-_][A-Za-z0-9]{1,8})*");

    /** Checks the request and turns it into what the analyzer reads; the message names the first problem. */
    public PostContent toContent() {
        if (text == null) {
            throw new InvalidRequestException("text is required");
        }
        int length = text.codePointCount(0, text.length());
        if (length > PostContent.MAX_TEXT_LENGTH) {
            throw new InvalidRequestException("text is too long: " + length + " characters, at most "
                    + PostContent.MAX_TEXT_LENGTH);
        }
        if (text.isBlank()) {
            throw new InvalidRequestException("text must not be empty or only whitespace");
        }
        if (language != null && !ISO_639_1.matcher(language).matches()) {
            throw new InvalidRequestException("language must be an ISO 639-1 code such as \"it\", not \"" + language + "\"");
        }
        if (authorFollowers != null && authorFollowers < 0) {
            throw new InvalidRequestException("authorFollowers must not be negative");
        }
        if (rating == null && ratingScale != null) {
            throw new InvalidRequestException("ratingScale given without rating");
        }
        StarRating stars = null;
        if (rating != null) {
            try {
                stars = new StarRating(rating, ratingScale == null ? StarRating.DEFAULT_SCALE : ratingScale);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(e.getMessage());
            }
        }
        return new PostContent(text, language, stars, authorFollowers, validEngagement(), createdAt);
    }

    private List<Engagement> validEngagement() {
        if (engagement == null) {
            return List.of();
        }
        if (engagement.size() > MAX_SNAPSHOTS) {
            throw new InvalidRequestException("too many engagement snapshots: " + engagement.size() + ", at most "
                    + MAX_SNAPSHOTS);
        }
        for (int i = 0; i < engagement.size(); i++) {
            Engagement e = engagement.get(i);
            if (e == null || e.at() == null) {
                throw new InvalidRequestException("engagement[" + i + "].at is required (when the counts were read)");
            }
            for (Long count : new Long[] {e.likes(), e.shares(), e.replies(), e.views()}) {
                if (count != null && count < 0) {
                    throw new InvalidRequestException("engagement[" + i + "] has a negative count");
                }
            }
        }
        return engagement;
    }
}
