package io.replydesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.replydesk.stack.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outbox's write order on a real PostgreSQL, through Flyway set up as the services set it up: their own versions
 * (here a stand-in V11) beside the messaging jar's V0_x, out-of-order allowed.
 */
class OutboxMigrationTest {

    private static final String INSERT = "insert into outbox_event (id, topic, record_key, payload, created_at) "
            + "values ('%s', 't', 'k', '{}', %s)";

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() {
        postgres = EmbeddedPostgres.startForTests(Path.of("target", "outbox-migration-postgres"), 0);
    }

    @AfterAll
    static void stop() {
        postgres.stop();
    }

    @Test
    void anInstallationWithTheServicesLaterVersionsTakesTheSequenceAndKeepsItsRowsInTheOrderTheyWouldHaveGone()
            throws Exception {
        String database = "installed";
        postgres.createDatabaseIfMissing(database);
        flyway(database, false, "filesystem:" + onlyTheFirstMessagingVersion(), "classpath:db/installed-service")
                .migrate();
        // three unpublished rows as the old relay ordered them: by created_at, then id
        UUID first = UUID.fromString("ffffffff-0000-0000-0000-000000000000");
        UUID second = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID third = UUID.fromString("00000000-0000-0000-0000-000000000002");
        execute(database, INSERT.formatted(third, "'2026-11-23T10:01:00Z'"),
                INSERT.formatted(first, "'2026-11-23T10:00:00Z'"), INSERT.formatted(second, "'2026-11-23T10:01:00Z'"));

        assertThatThrownBy(() -> flyway(database, false, "classpath:db/messaging", "classpath:db/installed-service")
                .migrate()).isInstanceOf(FlywayValidateException.class).hasMessageContaining("0.2");

        int applied = flyway(database, true, "classpath:db/messaging", "classpath:db/installed-service").migrate()
                .migrationsExecuted;

        assertThat(applied).isEqualTo(1);
        // written now by a transaction that started before all of them: it still goes last
        UUID later = UUID.fromString("00000000-0000-0000-0000-000000000000");
        execute(database, INSERT.formatted(later, "'2026-11-23T09:00:00Z'"));
        assertThat(idsInSendingOrder(database)).containsExactly(first, second, third, later);
    }

    @Test
    void aFreshDatabaseSendsRowsWrittenInOneTransactionInTheOrderTheyWereWritten() throws Exception {
        String database = "fresh";
        postgres.createDatabaseIfMissing(database);
        Flyway flyway = flyway(database, true, "classpath:db/messaging", "classpath:db/installed-service");
        flyway.migrate();
        List<UUID> written = new ArrayList<>();
        List<String> inserts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            written.add(id);
            inserts.add(INSERT.formatted(id, "now()"));
        }

        execute(database, inserts.toArray(String[]::new));

        assertThat(idsInSendingOrder(database)).containsExactlyElementsOf(written);
        assertThat(flyway.info().applied()).extracting(MigrationInfo::getScript)
                .containsExactly("V0_1__messaging.sql", "V0_2__outbox_sequence.sql", "V11__service_tables.sql");
    }

    private static Flyway flyway(String database, boolean outOfOrder, String... locations) {
        return Flyway.configure().dataSource(postgres.jdbcUrl(database), postgres.username(), postgres.password())
                .locations(locations).outOfOrder(outOfOrder).load();
    }

    /** The messaging migrations as installed before the sequence existed. */
    private static Path onlyTheFirstMessagingVersion() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "outbox-migration", "installed")).toAbsolutePath();
        try (InputStream v01 = OutboxMigrationTest.class.getResourceAsStream("/db/messaging/V0_1__messaging.sql")) {
            Files.write(dir.resolve("V0_1__messaging.sql"), v01.readAllBytes());
        }
        return dir;
    }

    /** In one transaction, as the services' writes are. */
    private static void execute(String database, String... statements) throws SQLException {
        try (Connection connection = EmbeddedPostgres.connect(postgres.port(), database)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            connection.commit();
        }
    }

    /** The relay's own query. */
    private static List<UUID> idsInSendingOrder(String database) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = EmbeddedPostgres.connect(postgres.port(), database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(OutboxBatch.NEXT_UNPUBLISHED)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
