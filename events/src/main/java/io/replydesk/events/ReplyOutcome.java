package io.replydesk.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.UUID;

/** What became of an approved reply; both outcomes travel on {@link Topics#REPLIES_POSTED}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = ReplyPosted.class, name = ReplyPosted.TYPE),
    @JsonSubTypes.Type(value = ReplyFailed.class, name = ReplyFailed.TYPE)
})
public sealed interface ReplyOutcome extends Event permits ReplyPosted, ReplyFailed {
    UUID draftId();

    String postId();

    String idempotencyKey();
}
