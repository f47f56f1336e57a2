package io.replydesk.load;

import io.replydesk.events.Topics;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag of ReplyDesk's consumer groups, read through Kafka Admin: for each group and topic it reads, the
 * sum over partitions of (log end offset − committed offset). The services commit offsets in the background
 * (SmallRye's throttled strategy, every few seconds), so a group that keeps up still shows a few seconds' worth
 * of records; only a lag that grows means it falls behind.
 */
final class ConsumerLag {

    /** A consumer group and the topic it reads, as the services configure them. */
    record Subscription(String group, String topic) {
        String label() {
            return group + " ← " + topic;
        }
    }

    static final List<Subscription> SUBSCRIPTIONS = List.of(
            new Subscription("sentiment", Topics.POSTS_OBSERVED),
            new Subscription("response", Topics.POSTS_ASSESSED),
            new Subscription("collector", Topics.REPLIES_APPROVED),
            new Subscription("response", Topics.REPLIES_POSTED));

    /** Lag of every subscription at one moment. */
    record Sample(Instant at, Map<Subscription, Long> lag) {
        boolean drained() {
            return lag.values().stream().allMatch(l -> l == 0);
        }
    }

    private final Admin admin;

    ConsumerLag(Admin admin) {
        this.admin = admin;
    }

    Sample sample() {
        try {
            Map<TopicPartition, Long> ends = endOffsets();
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
            for (Subscription s : SUBSCRIPTIONS) {
                committed.computeIfAbsent(s.group(), this::committed);
            }
            Map<Subscription, Long> lag = new LinkedHashMap<>();
            for (Subscription s : SUBSCRIPTIONS) {
                long sum = 0;
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    if (!end.getKey().topic().equals(s.topic())) {
                        continue;
                    }
                    OffsetAndMetadata offset = committed.get(s.group()).get(end.getKey());
                    sum += Math.max(0, end.getValue() - (offset == null ? 0 : offset.offset()));
                }
                lag.put(s, sum);
            }
            return new Sample(Instant.now(), lag);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read consumer lag", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading consumer lag", e);
        }
    }

    private Map<TopicPartition, Long> endOffsets() throws ExecutionException, InterruptedException, TimeoutException {
        List<String> topics = SUBSCRIPTIONS.stream().map(Subscription::topic).distinct().toList();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()),
                        OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                admin.listOffsets(request).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        ends.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
            offsets.forEach((tp, offset) -> {
                if (offset != null) {
                    present.put(tp, offset);
                }
            });
            return present;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the committed offsets of group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
