package io.replydesk.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON for events. Readers ignore unknown fields and map unknown enum values to their default, so an
 * older consumer keeps working when a producer adds to the schema.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .build();

    private EventCodec() {
    }

    public static String toJson(Event event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + event.type(), e);
        }
    }

    /**
     * Reads an event and checks its envelope.
     *
     * @throws MalformedEventException when the JSON does not hold a valid event of that type
     */
    public static <T extends Event> T fromJson(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record");
        }
        T event;
        try {
            event = MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        if (event == null || event.eventId() == null || event.type() == null) {
            throw new MalformedEventException(type.getSimpleName() + " lacks eventId, type or key");
        }
        String expected = typeName(type);
        if (expected != null && !expected.equals(event.type())) {
            // an unknown kind of event (say, one a newer producer added) must not be taken for this one
            throw new MalformedEventException("expected a " + expected + ", got an event of type " + event.type());
        }
        if (keyOf(event) == null) {
            throw new MalformedEventException(type.getSimpleName() + " lacks eventId, type or key");
        }
        return event;
    }

    // A PostAssessed without its post has no key either (its key is the post's id).
    private static String keyOf(Event event) {
        try {
            return event.key();
        } catch (NullPointerException e) {
            return null;
        }
    }

    /** The TYPE constant of an event record; null for a family such as ReplyOutcome, which Jackson resolves by type. */
    private static String typeName(Class<?> type) {
        if (type.isInterface()) {
            return null;
        }
        try {
            return (String) type.getField("TYPE").get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return null;
        }
    }
}
