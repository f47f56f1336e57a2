package io.replydesk.drills.invariants;

import io.replydesk.drills.harness.Receiver;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One reading of everything the invariants look at: the services' own tables (read over JDBC, names from their
 * Flyway migrations), the assessments on posts.assessed, the dead-letter topics, consumer lag and the platform's
 * request log.
 */
public record PipelineState(
        /** collector observed_post: post id → latest version */
        Map<String, Integer> observedPosts,
        /** collector outbox_event rows on posts.observed: every PostObserved version ever produced */
        List<ObservedVersion> observedVersions,
        /** posts.assessed: PostObserved event id → distinct PostAssessed event ids */
        Map<UUID, Set<UUID>> assessmentsByObservedEvent,
        /** posts.assessed: PostAssessed event id → whether it asks for a draft (NEGATIVE or UNREASONABLE) */
        Map<UUID, Boolean> assessmentNeedsDraft,
        /** response processed_event of the posts.assessed consumer */
        Set<UUID> appliedAssessments,
        /** response draft: post id → draft rows (id, status) */
        Map<String, List<DraftRow>> draftsByPost,
        /** response audit_entry: drafts with an APPROVED entry */
        Set<UUID> approvedDrafts,
        /** collector reply_delivery rows */
        List<DeliveryRow> replyDeliveries,
        List<Receiver.Delivery> platformRequests,
        long collectorOutboxUnpublished,
        long responseOutboxUnpublished,
        /** consumer group → records not yet consumed */
        Map<String, Long> lag,
        /** dead-letter topic → the values on it */
        Map<String, List<String>> deadLetters) {

    /** One PostObserved version as the collector produced it. */
    public record ObservedVersion(UUID eventId, String postId, int version) {
    }

    public record DraftRow(UUID id, String status) {
    }

    public record DeliveryRow(String idempotencyKey, UUID draftId, String postId, String status) {
    }

    public long totalLag() {
        return lag.values().stream().mapToLong(Long::longValue).sum();
    }

    public long draftsWithStatus(String status) {
        return draftsByPost.values().stream().flatMap(List::stream).filter(d -> d.status().equals(status)).count();
    }
}
