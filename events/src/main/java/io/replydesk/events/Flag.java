package io.replydesk.events;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a post needs a human for. */
public enum Flag {
    NEGATIVE,
    VIRAL,
    UNREASONABLE,
    @JsonEnumDefaultValue
    UNKNOWN
}
