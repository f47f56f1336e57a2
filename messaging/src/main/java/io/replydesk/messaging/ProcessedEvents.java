package io.replydesk.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The consumer side of at-least-once delivery: remembers applied event ids inside the consumer's transaction. */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /** @return true the first time this consumer sees the event; false for a redelivery, which must be dropped */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String consumer) {
        return em.createNativeQuery("insert into processed_event (event_id, consumer) values (?1, ?2) "
                + "on conflict do nothing")
                .setParameter(1, eventId)
                .setParameter(2, consumer)
                .executeUpdate() == 1;
    }
}
