package io.replydesk.sentiment;

import io.replydesk.events.Engagement;
import io.replydesk.events.PostObserved;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the analyzer judges: the text and the facts around it. {@code language} is an ISO 639-1 hint that
 * overrides detection; the rest may be null when unknown.
 */
public record PostContent(String text, String language, StarRating rating, Long authorFollowers,
        List<Engagement> engagement, Instant createdAt) {

    public static final int MAX_TEXT_LENGTH = 20_000;

    public PostContent {
        text = text == null ? "" : text;
        engagement = engagement == null ? List.of() : engagement.stream().filter(Objects::nonNull).toList();
    }

    public PostContent(String text, String language, StarRating rating, Long authorFollowers) {
        this(text, language, rating, authorFollowers, List.of(), null);
    }

    /** A post from Kafka is judged as it is: over-long text is cut, an impossible rating ignored. */
    public static PostContent from(PostObserved post) {
        String text = post.text() == null ? "" : post.text();
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT_LENGTH));
        }
        StarRating rating = StarRating.of(post.rating(), post.ratingScale()).orElse(null);
        Long followers = post.author() == null ? null : post.author().followers();
        return new PostContent(text, post.language(), rating, followers,
                post.engagement() == null ? List.of() : List.of(post.engagement()), post.createdAt());
    }

    public Optional<StarRating> starRating() {
        return Optional.ofNullable(rating);
    }
}
