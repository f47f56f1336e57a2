package io.replydesk.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Looks into the service's tables where the API deliberately shows nothing. */
@ApplicationScoped
public class TestDatabase {

    @Inject
    EntityManager em;

    @Transactional
    public List<Draft> draftsOf(String postId) {
        return em.createQuery("from Draft where postId = :postId", Draft.class).setParameter("postId", postId)
                .getResultList();
    }

    @Transactional
    public long unpublishedOutboxRows() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where published_at is null")
                .getSingleResult()).longValue();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> appliedMigrations() {
        return em.createNativeQuery("select script from flyway_schema_history where success order by installed_rank")
                .getResultList();
    }

    @Transactional
    public boolean processed(UUID eventId) {
        return ((Number) em.createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() > 0;
    }
}
