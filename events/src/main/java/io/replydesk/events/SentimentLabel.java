package io.replydesk.events;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Overall polarity of a text. */
public enum SentimentLabel {
    NEGATIVE,
    @JsonEnumDefaultValue
    NEUTRAL,
    POSITIVE,
    MIXED
}
