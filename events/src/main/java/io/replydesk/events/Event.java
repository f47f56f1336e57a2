package io.replydesk.events;

import java.time.Instant;
import java.util.UUID;

/** The envelope every ReplyDesk event carries: consumers de-duplicate on {@link #eventId()}. */
public interface Event {
    UUID eventId();

    String type();

    int schemaVersion();

    Instant occurredAt();

    /** The Kafka record key: events about one post stay ordered on one partition. */
    String key();
}
