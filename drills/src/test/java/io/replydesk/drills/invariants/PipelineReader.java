package io.replydesk.drills.invariants;

import io.replydesk.drills.harness.RawKafka;
import io.replydesk.drills.harness.Receiver;
import io.replydesk.events.EventCodec;
import io.replydesk.events.Flag;
import io.replydesk.events.MalformedEventException;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.PostObserved;
import io.replydesk.events.Topics;
import io.replydesk.stack.EmbeddedPostgres;
import io.replydesk.stack.LocalService;
import io.replydesk.stack.LocalStack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Reads a {@link PipelineState} straight from the databases, the topics and the platform stub. */
public final class PipelineReader {

    /** Consumer groups and the topics they read, as the services' application.properties configure them. */
    static final Map<String, List<String>> GROUPS = Map.of(
            "sentiment", List.of(Topics.POSTS_OBSERVED),
            "response", List.of(Topics.POSTS_ASSESSED, Topics.REPLIES_POSTED),
            "collector", List.of(Topics.REPLIES_APPROVED));

    private final LocalStack stack;
    private final Receiver receiver;

    public PipelineReader(LocalStack stack, Receiver receiver) {
        this.stack = stack;
        this.receiver = receiver;
    }

    /** The cheap part, enough to tell whether the pipeline has drained. */
    public record Progress(long lag, long collectorOutbox, long responseOutbox, long approvedNotPosted,
            int observedPosts, int appliedAssessments) {
    }

    public Progress progress() {
        try (Connection collector = connect(LocalService.COLLECTOR); Connection response = connect(LocalService.RESPONSE)) {
            return new Progress(lag().values().stream().mapToLong(Long::longValue).sum(),
                    count(collector, "select count(*) from outbox_event where published_at is null"),
                    count(response, "select count(*) from outbox_event where published_at is null"),
                    count(response, "select count(*) from draft where status = 'APPROVED'"),
                    (int) count(collector, "select count(*) from observed_post"),
                    (int) count(response, "select count(*) from processed_event where consumer = 'response.posts-assessed'"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the pipeline's progress: " + e.getMessage(), e);
        }
    }

    public PipelineState read() {
        RawKafka kafka = new RawKafka(stack.kafkaBootstrapServers());
        Map<UUID, Set<UUID>> assessments = new HashMap<>();
        Map<UUID, Boolean> needsDraft = new HashMap<>();
        for (RawKafka.Record record : kafka.readAll(Topics.POSTS_ASSESSED)) {
            try {
                PostAssessed assessed = EventCodec.fromJson(record.value(), PostAssessed.class);
                assessments.computeIfAbsent(assessed.observedEventId(), k -> new HashSet<>()).add(assessed.eventId());
                needsDraft.put(assessed.eventId(), assessed.flagged(Flag.NEGATIVE) || assessed.flagged(Flag.UNREASONABLE));
            } catch (MalformedEventException e) {
                // a poison record a drill put there; the dead-letter check looks after those
            }
        }
        Map<String, List<String>> deadLetters = new HashMap<>();
        for (String topic : GROUPS.values().stream().flatMap(List::stream).toList()) {
            deadLetters.put(Topics.deadLetter(topic), kafka.readAll(Topics.deadLetter(topic)).stream()
                    .map(PipelineReader::withReason).toList());
        }
        List<Receiver.Delivery> requests = receiver.deliveries();
        try (Connection collector = connect(LocalService.COLLECTOR); Connection response = connect(LocalService.RESPONSE)) {
            return new PipelineState(observedPosts(collector), observedVersions(collector), assessments, needsDraft,
                    uuids(response, "select event_id from processed_event where consumer = 'response.posts-assessed'"),
                    drafts(response),
                    uuids(response, "select distinct draft_id from audit_entry where action = 'APPROVED'"),
                    deliveries(collector), requests,
                    count(collector, "select count(*) from outbox_event where published_at is null"),
                    count(response, "select count(*) from outbox_event where published_at is null"),
                    lag(), deadLetters);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the services' databases: " + e.getMessage(), e);
        }
    }

    private Connection connect(LocalService service) throws SQLException {
        return EmbeddedPostgres.connect(stack.postgres().port(), service.database());
    }

    private static Map<String, Integer> observedPosts(Connection db) throws SQLException {
        Map<String, Integer> posts = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rows = st.executeQuery("select post_id, version from observed_post")) {
            while (rows.next()) {
                posts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return posts;
    }

    private static List<PipelineState.ObservedVersion> observedVersions(Connection db) throws SQLException {
        List<PipelineState.ObservedVersion> versions = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rows = st.executeQuery("select payload from outbox_event where topic = 'posts.observed'")) {
            while (rows.next()) {
                PostObserved post = EventCodec.fromJson(rows.getString(1), PostObserved.class);
                versions.add(new PipelineState.ObservedVersion(post.eventId(), post.postId(), post.version()));
            }
        }
        return versions;
    }

    private static Map<String, List<PipelineState.DraftRow>> drafts(Connection db) throws SQLException {
        Map<String, List<PipelineState.DraftRow>> drafts = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rows = st.executeQuery("select post_id, id, status from draft")) {
            while (rows.next()) {
                drafts.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                        .add(new PipelineState.DraftRow(rows.getObject(2, UUID.class), rows.getString(3)));
            }
        }
        return drafts;
    }

    private static List<PipelineState.DeliveryRow> deliveries(Connection db) throws SQLException {
        List<PipelineState.DeliveryRow> rows = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet r = st.executeQuery("select idempotency_key, draft_id, post_id, status from reply_delivery")) {
            while (r.next()) {
                rows.add(new PipelineState.DeliveryRow(r.getString(1), r.getObject(2, UUID.class), r.getString(3),
                        r.getString(4)));
            }
        }
        return rows;
    }

    private static Set<UUID> uuids(Connection db, String sql) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Statement st = db.createStatement(); ResultSet rows = st.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rows = st.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Records on each group's topics past its committed offsets (all of a partition it never committed on). */
    Map<String, Long> lag() {
        try (Admin admin = stack.kafka().admin()) {
            Map<String, Long> lag = new HashMap<>();
            for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
                for (String topic : group.getValue()) {
                    int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                            .get(topic).partitions().size();
                    for (int p = 0; p < partitions; p++) {
                        latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                        earliest.put(new TopicPartition(topic, p), OffsetSpec.earliest());
                    }
                }
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(30, TimeUnit.SECONDS);
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all()
                        .get(30, TimeUnit.SECONDS);
                long behind = 0;
                for (TopicPartition partition : latest.keySet()) {
                    OffsetAndMetadata at = committed.get(partition);
                    long position = at == null ? starts.get(partition).offset() : at.offset();
                    behind += Math.max(0, ends.get(partition).offset() - position);
                }
                lag.put(group.getKey(), behind);
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read consumer lag: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The dead-letter reason first, so a report that abbreviates the record still says why it was dropped. */
    private static String withReason(RawKafka.Record record) {
        String reason = record.headers().get("dead-letter-reason");
        return reason == null || record.value() == null ? record.value() : "[" + reason + "] " + record.value();
    }
}
