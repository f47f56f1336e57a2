package io.replydesk.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.replydesk.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @TempDir
    Path dir;

    @Test
    void recordSurvivesARestartOnTheSameDirectory() throws Exception {
        Path data = dir.resolve("kafka");
        long coldStart = System.nanoTime();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(data, 0)) {
            System.out.printf("Kafka cold start: %d ms%n", (System.nanoTime() - coldStart) / 1_000_000);
            kafka.createReplyDeskTopics();
            try (Admin admin = kafka.admin()) {
                Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                assertThat(names).contains(Topics.POSTS_OBSERVED, Topics.deadLetter(Topics.REPLIES_POSTED));
                int partitions = admin.describeTopics(List.of(Topics.POSTS_ASSESSED)).allTopicNames()
                        .get(30, TimeUnit.SECONDS).get(Topics.POSTS_ASSESSED).partitions().size();
                assertThat(partitions).isEqualTo(3);
            }
            produce(kafka, "p-1", "{\"hello\":1}");
            assertThat(consumeAll(kafka, "first")).containsExactly("p-1={\"hello\":1}");
        }

        long warmStart = System.nanoTime();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(data, 0)) {
            System.out.printf("Kafka warm start: %d ms%n", (System.nanoTime() - warmStart) / 1_000_000);
            assertThat(consumeAll(kafka, "second")).containsExactly("p-1={\"hello\":1}");
        }
    }

    private static void produce(EmbeddedKafka kafka, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(Topics.POSTS_OBSERVED, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeAll(EmbeddedKafka kafka, String group) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.POSTS_OBSERVED));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }
}
