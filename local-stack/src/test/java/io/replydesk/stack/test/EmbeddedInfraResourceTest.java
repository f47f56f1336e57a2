package io.replydesk.stack.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EmbeddedInfraResourceTest {

    @Test
    void everyServiceGetsItsOwnDatabaseOnTheSameInfrastructure() throws Exception {
        Map<String, String> collector = startWith("collector");
        Map<String, String> response = startWith("response");

        assertThat(collector.get("kafka.bootstrap.servers")).startsWith("localhost:")
                .isEqualTo(response.get("kafka.bootstrap.servers"));
        assertThat(collector.get("quarkus.datasource.jdbc.url")).endsWith("/collector");
        assertThat(response.get("quarkus.datasource.jdbc.url")).endsWith("/response");
        try (Connection connection = DriverManager.getConnection(response.get("quarkus.datasource.jdbc.url"),
                response.get("quarkus.datasource.username"), response.get("quarkus.datasource.password"));
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT current_database()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("response");
        }
    }

    @Test
    void devServicesModeProvidesNothing() {
        String before = System.getProperty("replydesk.infra");
        System.setProperty("replydesk.infra", "devservices");
        try {
            assertThat(startWith("sentiment")).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty("replydesk.infra");
            } else {
                System.setProperty("replydesk.infra", before);
            }
        }
    }

    private static Map<String, String> startWith(String database) {
        EmbeddedInfraResource resource = new EmbeddedInfraResource();
        resource.init(Map.of(EmbeddedInfraResource.DATABASE_ARG, database));
        Map<String, String> config = resource.start();
        resource.stop();
        return config;
    }
}
