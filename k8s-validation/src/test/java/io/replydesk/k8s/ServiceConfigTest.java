package io.replydesk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the rules derive from the services' sources: if this drifts, the Deployment checks lose their teeth. */
class ServiceConfigTest {

    @Test
    void theStatefulServicesNeedKafkaTheirDatabaseAndTheAdminPassword() {
        Set<String> expected = Set.of("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "REPLYDESK_ADMIN_PASSWORD");
        assertThat(Manifests.config("collector-service").requiredEnv()).containsAll(expected);
        assertThat(Manifests.config("response-service").requiredEnv()).containsAll(expected);
    }

    @Test
    void theSentimentServiceNeedsKafkaOnly() {
        assertThat(Manifests.config("sentiment-service").requiredEnv()).containsExactly("KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void configMappingsGiveTheKnownVariablesAndAMisspellingIsNotOne() {
        ServiceConfig collector = Manifests.config("collector-service");
        assertThat(collector.mappedKeys()).contains("replydesk.collector.polling.tick",
                "replydesk.collector.mastodon.default-poll-interval", "replydesk.collector.max-text-length");
        assertThat(collector.reads("REPLYDESK_COLLECTOR_POLLING_TICK", Set.of())).isTrue();
        assertThat(collector.reads("REPLYDESK_COLLECTOR_POLING_TICK", Set.of())).isFalse();
        assertThat(collector.reads("REPLYDESK_OUTBOX_INTERVAL", Set.of())).as("from the messaging module").isTrue();
        assertThat(Manifests.config("sentiment-service").reads("REPLYDESK_COLLECTOR_POLLING_TICK", Set.of())).isFalse();
    }

    @Test
    void portsComeFromApplicationProperties() {
        assertThat(Manifests.config("response-service").httpPort()).isEqualTo(8080);
        assertThat(Manifests.config("collector-service").httpPort()).isEqualTo(8081);
        assertThat(Manifests.config("sentiment-service").httpPort()).isEqualTo(8082);
    }
}
