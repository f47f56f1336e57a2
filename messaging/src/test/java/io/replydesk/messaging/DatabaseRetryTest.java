package io.replydesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseRetryTest {

    private static RuntimeException wrapped(SQLException cause) {
        // what Hibernate and the transaction manager make of a lost connection: the SQL error deep in the chain
        return new IllegalStateException("commit failed", new RuntimeException("JDBC", cause));
    }

    @Test
    void waitsOutAnUnreachableDatabaseAndThenDoesTheWork() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        DatabaseRetry.retry("event 1", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw wrapped(new SQLException("Connection to localhost:5432 refused", "08001"));
            }
            if (attempts.get() == 2) {
                throw wrapped(new SQLException("terminating connection due to administrator command", "57P01"));
            }
        });

        assertThat(attempts).hasValue(3);
    }

    @Test
    void passesOtherFailuresOnAtOnce() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> DatabaseRetry.retry("event 2", () -> {
            attempts.incrementAndGet();
            throw wrapped(new SQLException("duplicate key value violates unique constraint", "23505"));
        })).hasRootCauseMessage("duplicate key value violates unique constraint");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void givesUpWhenTheOutageOutlastsItsPatience() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> DatabaseRetry.retry("event 3", () -> {
            attempts.incrementAndGet();
            throw wrapped(new SQLException("Sorry, acquisition timeout!"));
        }, Duration.ofMillis(100))).isInstanceOf(IllegalStateException.class);
        assertThat(attempts.get()).isBetween(1, 2);
    }

    @Test
    void recognisesAnUnreachableDatabaseByStateRefusalOrPoolTimeout() {
        assertThat(DatabaseRetry.unreachable(wrapped(new SQLException("x", "08006")))).isTrue();
        assertThat(DatabaseRetry.unreachable(wrapped(new SQLException("x", "57P03")))).isTrue();
        assertThat(DatabaseRetry.unreachable(new RuntimeException(new java.net.ConnectException("refused")))).isTrue();
        assertThat(DatabaseRetry.unreachable(wrapped(new SQLException("x", "40001")))).isFalse();
        assertThat(DatabaseRetry.unreachable(new NullPointerException())).isFalse();
    }

    @Test
    void recognisesACommitThatLostItsConnection() {
        // seen in the database-restart drill: the driver's error survives only in the XA message, and the
        // transaction manager's RollbackException carries it as suppressed, not as cause
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("Error trying to transactionCommit"
                + " local transaction: FATAL: terminating connection due to administrator command");
        xa.errorCode = javax.transaction.xa.XAException.XA_RBROLLBACK;
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        RuntimeException commitOnly = new IllegalStateException("commit failed", rollback);
        assertThat(DatabaseRetry.unreachable(commitOnly)).isTrue();

        RuntimeException viaSuppressed = new IllegalStateException("rolled back");
        viaSuppressed.addSuppressed(xa);
        assertThat(DatabaseRetry.unreachable(viaSuppressed)).isTrue();

        javax.transaction.xa.XAException commFail = new javax.transaction.xa.XAException(
                javax.transaction.xa.XAException.XA_RBCOMMFAIL);
        assertThat(DatabaseRetry.unreachable(new IllegalStateException("x", commFail))).isTrue();

        assertThat(DatabaseRetry.unreachable(new IllegalStateException("duplicate key value violates unique"
                + " constraint"))).isFalse();
    }

    @Test
    void runsAgainATransactionThatLostARaceForTheSameRows() throws Exception {
        // seen in the kill-collector drill: a reviewer approved a draft while a new version of its post refreshed
        // it, and the assessment went to the dead-letter topic
        AtomicInteger attempts = new AtomicInteger();

        DatabaseRetry.retry("event 4", () -> {
            switch (attempts.incrementAndGet()) {
                case 1 -> throw new IllegalStateException("ARJUNA016053: Could not commit transaction.",
                        new jakarta.persistence.OptimisticLockException("Row was updated by another transaction"));
                case 2 -> throw new org.hibernate.StaleObjectStateException("Draft", 7L);
                case 3 -> throw wrapped(new SQLException("could not serialize access", "40001"));
                case 4 -> throw wrapped(new SQLException("deadlock detected", "40P01"));
                default -> { }
            }
        });

        assertThat(attempts).hasValue(5);
    }

    @Test
    void passesOnAConflictThatKeepsComingBack() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> DatabaseRetry.retry("event 5", () -> {
            attempts.incrementAndGet();
            throw new jakarta.persistence.OptimisticLockException("again");
        })).isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        assertThat(attempts).hasValue(DatabaseRetry.MOST_CONFLICTS);
    }

    @Test
    void tellsConflictsFromOtherFailures() {
        assertThat(DatabaseRetry.conflict(wrapped(new SQLException("x", "40001")))).isTrue();
        assertThat(DatabaseRetry.conflict(wrapped(new SQLException("x", "23505")))).isFalse();
        assertThat(DatabaseRetry.conflict(wrapped(new SQLException("x", "08006")))).isFalse();
        assertThat(DatabaseRetry.conflict(new IllegalArgumentException("bad record"))).isFalse();
    }
}
