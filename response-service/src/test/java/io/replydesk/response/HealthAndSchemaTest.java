package io.replydesk.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndSchemaTest {

    @Inject
    TestDatabase db;

    @Test
    void readyWithDatabaseAndKafka() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }

    @Test
    void messagingTablesComeFromTheMessagingJar() {
        assertThat(db.appliedMigrations()).containsExactly("db/messaging/V0_1__messaging.sql",
                "db/messaging/V0_2__outbox_sequence.sql", "db/migration/V1__drafts_and_audit.sql", "db/migration/V2__playbook_incidents_clocks.sql");
    }
}
