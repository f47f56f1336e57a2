package io.replydesk.sentiment.rest;

import io.replydesk.events.Engagement;
import io.replydesk.sentiment.PostContent;
import io.replydesk.sentiment.StarRating;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /api/v1/analyze}: only {@code text} is required. {@code engagement} is
 * accepted for the virality rules to come; unknown fields are ignored.
 */
public record AnalyzeRequest(String text, String language, Integer rating, Integer ratingScale, Long authorFollowers,
        List<Engagement> engagement) {

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
        return new PostContent(text, language, stars, authorFollowers);
    }
}
