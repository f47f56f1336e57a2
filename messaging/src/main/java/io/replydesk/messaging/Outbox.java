package io.replydesk.messaging;

import io.replydesk.events.Event;
import io.replydesk.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes an event in the caller's transaction; {@link OutboxRelay} sends it to Kafka after commit. A crash
 * between the state change and the send therefore neither loses nor invents an event.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<OutboxWritten> written;

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, Event event) {
        em.createNativeQuery("insert into outbox_event (id, topic, record_key, payload) values (?1, ?2, ?3, ?4)")
                .setParameter(1, event.eventId())
                .setParameter(2, topic)
                .setParameter(3, event.key())
                .setParameter(4, EventCodec.toJson(event))
                .executeUpdate();
        written.fire(new OutboxWritten(topic));
    }

    /** Fired inside the writing transaction; observed after commit to send without waiting for the next tick. */
    public record OutboxWritten(String topic) {
    }
}
