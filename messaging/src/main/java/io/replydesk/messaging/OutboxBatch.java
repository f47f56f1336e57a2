package io.replydesk.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends one batch of unpublished outbox rows in the order they were written (their {@code seq}), and marks them sent
 * only once Kafka acknowledged every one.
 * The rows go to the producer one after the other without waiting in between (one producer keeps their order),
 * so a batch costs one round trip to the broker, not one per row: waiting for each ack capped the relay at a
 * few dozen rows a second on a busy machine. A failed or missing ack rolls the whole batch back to be sent
 * again (consumers drop the duplicates by event id).
 */
@ApplicationScoped
class OutboxBatch {

    static final int SIZE = 100;
    /** Any fixed number: one relay across all replicas holds it, which keeps per-key order. */
    private static final long RELAY_LOCK = 0x5265706c79L;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    /** Write order: {@code seq} is taken at insert (created_at is the transaction's start, shared by its rows). */
    static final String NEXT_UNPUBLISHED = "select id, topic, record_key, payload from outbox_event "
            + "where published_at is null order by seq limit " + SIZE;

    @Inject
    EntityManager em;

    @Inject
    @Channel("outbox")
    Emitter<String> emitter;

    /** @return how many rows were sent; fewer than {@link #SIZE} means the outbox is drained */
    @Transactional
    int publishNext() throws Exception {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(NEXT_UNPUBLISHED).getResultList();
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            acks.add(send((String) row[1], (String) row[2], (String) row[3]));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        for (Object[] row : rows) {
            em.createNativeQuery("update outbox_event set published_at = now() where id = ?1")
                    .setParameter(1, (UUID) row[0]).executeUpdate();
        }
        return rows.size();
    }

    @Transactional
    int purgePublishedBefore(Duration age) {
        return em.createNativeQuery("delete from outbox_event where published_at < now() - cast(?1 as interval)")
                .setParameter(1, age.toSeconds() + " seconds").executeUpdate();
    }

    private CompletableFuture<Void> send(String topic, String key, String payload) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withTopic(topic).withKey(key).build())
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return acked;
    }
}
