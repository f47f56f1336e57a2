package io.replydesk.collector.platform;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads a post's date as the readers need it: ISO-8601 with an offset, refused when missing, unreadable or ahead. */
public final class PostDates {

    private PostDates() {
    }

    /**
     * @param field the field's name on the platform, for the reason
     * @throws IllegalArgumentException with a reason for a person, when the date cannot be trusted
     */
    public static Instant parse(String field, String value, Instant now, Duration clockSkew) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + field);
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " '" + value.substring(0, Math.min(40, value.length()))
                    + "' is not a date");
        }
        if (at.isAfter(now.plus(clockSkew))) {
            throw new IllegalArgumentException(field + " " + value + " is in the future");
        }
        return at;
    }
}
