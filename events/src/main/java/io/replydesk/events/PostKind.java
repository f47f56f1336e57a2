package io.replydesk.events;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a post is on its platform; values added by newer producers read as UNKNOWN. */
public enum PostKind {
    REVIEW,
    POST,
    COMMENT,
    @JsonEnumDefaultValue
    UNKNOWN
}
