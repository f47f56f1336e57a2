package io.replydesk.load;

import io.replydesk.events.EventCodec;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.PostObserved;
import io.replydesk.events.Topics;
import io.replydesk.stack.EmbeddedPostgres;
import io.replydesk.stack.LocalService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Where every post of the load source got to, read from the data itself after the run: the collector's
 * database (observed posts, its outbox), the two topics (read from the beginning by a consumer outside any
 * group) and the response service's database (drafts, its outbox). Timestamps come from the same records:
 * {@code observedAt} set by the collector when it took the post in, the posts.observed record's timestamp
 * when its outbox relay produced it, the PostAssessed's {@code occurredAt} when the sentiment service had
 * judged it, and the draft's {@code created_at} in the response service's database.
 */
final class PipelineLedger {

    /** One post as it travelled. */
    record Trace(String postId, Instant observedAt, Instant relayedAt, Instant assessedAt, boolean needsDraft,
            Instant draftedAt) {
    }

    final Map<String, Instant> observedInCollector = new HashMap<>();
    final Map<String, Trace> traces = new HashMap<>();
    final Map<String, Integer> observedRecords = new HashMap<>();
    final Map<String, Integer> assessedRecords = new HashMap<>();
    final Map<String, Integer> draftsPerPost = new HashMap<>();
    long collectorOutboxPending;
    long responseOutboxPending;

    private PipelineLedger() {
    }

    static PipelineLedger read(int postgresPort, String bootstrapServers, String sourceId) {
        PipelineLedger ledger = new PipelineLedger();
        try {
            ledger.readCollector(postgresPort, sourceId);
            ledger.collectorOutboxPending = outboxPending(postgresPort, LocalService.COLLECTOR.database());
            ledger.responseOutboxPending = outboxPending(postgresPort, LocalService.RESPONSE.database());
            Map<String, Instant> relayed = new HashMap<>();
            readTopic(bootstrapServers, Topics.POSTS_OBSERVED, (record, json) -> {
                PostObserved post = EventCodec.fromJson(json, PostObserved.class);
                if (sourceId.equals(post.sourceId())) {
                    ledger.observedRecords.merge(post.postId(), 1, Integer::sum);
                    relayed.putIfAbsent(post.postId(), Instant.ofEpochMilli(record.timestamp()));
                }
            });
            Map<String, PostAssessed> assessed = new HashMap<>();
            readTopic(bootstrapServers, Topics.POSTS_ASSESSED, (record, json) -> {
                PostAssessed a = EventCodec.fromJson(json, PostAssessed.class);
                if (sourceId.equals(a.post().sourceId())) {
                    ledger.assessedRecords.merge(a.post().postId(), 1, Integer::sum);
                    assessed.putIfAbsent(a.post().postId(), a);
                }
            });
            Map<String, Instant> drafted = ledger.readDrafts(postgresPort, sourceId);
            for (Map.Entry<String, Instant> observed : ledger.observedInCollector.entrySet()) {
                String postId = observed.getKey();
                PostAssessed a = assessed.get(postId);
                boolean needsDraft = a != null && (a.flagged(Flag.NEGATIVE) || a.flagged(Flag.UNREASONABLE));
                ledger.traces.put(postId, new Trace(postId, observed.getValue(), relayed.get(postId),
                        a == null ? null : a.occurredAt(), needsDraft, drafted.get(postId)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the services' databases", e);
        }
        return ledger;
    }

    private void readCollector(int port, String sourceId) throws SQLException {
        try (Connection db = EmbeddedPostgres.connect(port, LocalService.COLLECTOR.database());
                PreparedStatement query = db.prepareStatement(
                        "select post_id, observed_at from observed_post where source_id = ?")) {
            query.setString(1, sourceId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    observedInCollector.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
        }
    }

    private Map<String, Instant> readDrafts(int port, String sourceId) throws SQLException {
        Map<String, Instant> drafted = new HashMap<>();
        try (Connection db = EmbeddedPostgres.connect(port, LocalService.RESPONSE.database());
                PreparedStatement query = db.prepareStatement(
                        "select post_id, created_at from draft where source_id = ?")) {
            query.setString(1, sourceId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    draftsPerPost.merge(rows.getString(1), 1, Integer::sum);
                    Timestamp created = rows.getTimestamp(2);
                    drafted.putIfAbsent(rows.getString(1), created.toInstant());
                }
            }
        }
        return drafted;
    }

    /** Outbox rows of a service's database not yet relayed to Kafka. */
    static long outboxPending(int port, String database) {
        try (Connection db = EmbeddedPostgres.connect(port, database);
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from outbox_event where published_at is null");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox of " + database, e);
        }
    }

    private static void readTopic(String bootstrapServers, String topic,
            BiConsumer<ConsumerRecord<String, String>, String> each) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "load-ledger-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 2 minutes");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    each.accept(record, record.value());
                }
            }
        }
    }

    /** Posts the collector accepted (202) that it has no record of. */
    List<String> missingInCollector(java.util.Collection<String> acceptedPostIds) {
        return acceptedPostIds.stream().filter(id -> !observedInCollector.containsKey(id)).sorted().toList();
    }

    List<String> notOnPostsObserved() {
        return traces.values().stream().filter(t -> t.relayedAt() == null).map(Trace::postId).sorted().toList();
    }

    List<String> notAssessed() {
        return traces.values().stream().filter(t -> t.assessedAt() == null).map(Trace::postId).sorted().toList();
    }

    List<String> flaggedWithoutDraft() {
        return traces.values().stream().filter(t -> t.needsDraft() && t.draftedAt() == null).map(Trace::postId)
                .sorted().toList();
    }

    long needingDraft() {
        return traces.values().stream().filter(Trace::needsDraft).count();
    }

    long drafts() {
        return draftsPerPost.values().stream().mapToLong(Integer::longValue).sum();
    }

    long duplicateRecords(Map<String, Integer> records) {
        return records.values().stream().mapToLong(n -> n - 1L).sum();
    }
}
