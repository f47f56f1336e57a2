package io.replydesk.collector;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of source the collector can watch; the JSON name is the lower-case one. */
public enum SourceType {
    RSS(true),
    WEBHOOK(false),
    DEMO(false),
    MASTODON(true),
    BLUESKY(true),
    REDDIT(true),
    GOOGLE_PLAY(true),
    YELP(true),
    GOOGLE_BUSINESS(true),
    APP_STORE(true),
    TRUSTPILOT(true);

    private final boolean polled;

    SourceType(boolean polled) {
        this.polled = polled;
    }

    /** Whether the collector fetches this type on a schedule (the others are pushed or built in). */
    public boolean polled() {
        return polled;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static SourceType fromJson(String value) {
        if (value != null) {
            for (SourceType type : values()) {
                if (type.json().equalsIgnoreCase(value.trim())) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("unknown source type '" + value + "'; known types: "
                + Arrays.stream(values()).map(SourceType::json).collect(Collectors.joining(", ")));
    }
}
