package io.replydesk.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @TempDir
    Path dir;

    @Test
    void tableSurvivesARestartOnTheSameDirectory() throws Exception {
        Path data = dir.resolve("postgres");
        long coldStart = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0)) {
            System.out.printf("PostgreSQL cold start: %d ms%n", (System.nanoTime() - coldStart) / 1_000_000);
            postgres.createDatabaseIfMissing("collector");
            postgres.createDatabaseIfMissing("collector");
            assertThat(postgres.jdbcUrl("collector")).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/collector");
            try (Connection connection = EmbeddedPostgres.connect(postgres.port(), "collector");
                 Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE kept (name text)");
                sql.execute("INSERT INTO kept VALUES ('still here')");
            }
        }

        long warmStart = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0)) {
            System.out.printf("PostgreSQL warm start: %d ms%n", (System.nanoTime() - warmStart) / 1_000_000);
            try (Connection connection = EmbeddedPostgres.connect(postgres.port(), "collector");
                 Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT name FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    @Test
    void refusesDatabaseNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> EmbeddedPostgres.createDatabaseIfMissing(1, "x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a plain database name");
    }
}
