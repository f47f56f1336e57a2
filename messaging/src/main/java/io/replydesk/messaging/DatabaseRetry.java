package io.replydesk.messaging;

import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import javax.transaction.xa.XAException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Keeps a consumer on its record through the two database failures that say nothing about the record, instead of
 * letting them nack it into the dead-letter topic: a good event must never be lost to them.
 * <ul>
 * <li>The database cannot be reached (restart, failover): waited out for up to 15 minutes.</li>
 * <li>Another transaction changed the same rows first (a reviewer approves a draft while a new assessment of its
 * post refreshes it; a serialization failure or deadlock): the transaction was rolled back as a whole, so it is
 * simply run again, a bounded number of times.</li>
 * </ul>
 * Anything else the work throws (a bad record, a bug) is passed on at once.
 */
public final class DatabaseRetry {

    private static final Logger LOG = Logger.getLogger(DatabaseRetry.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    /** Past this the record goes the usual way (dead-letter topic), where an operator sees it. */
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(15);
    /** A conflict that keeps coming back this often is no race any more but a loop: let an operator see it. */
    static final int MOST_CONFLICTS = 10;

    private DatabaseRetry() {
    }

    /** Work that may fail; typically one transaction. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code work}, and runs it again after a pause as long as it fails for want of the database or loses a
     * race for the same rows.
     */
    public static void retry(String what, Work work) throws Exception {
        retry(what, work, GIVE_UP_AFTER);
    }

    static void retry(String what, Work work, Duration giveUpAfter) throws Exception {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        Duration wait = FIRST_WAIT;
        int conflicts = 0;
        while (true) {
            try {
                work.run();
                return;
            } catch (Exception e) {
                if (conflict(e) && ++conflicts < MOST_CONFLICTS) {
                    LOG.infof("%s lost a race for the same rows to another transaction, running it again (%d): %s",
                            what, conflicts, e.toString());
                    // a short, random pause so two retrying transactions do not collide again in step
                    Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * conflicts + 11));
                    continue;
                }
                if (!unreachable(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warnf("database unreachable while handling %s, trying again in %d ms: %s", what, wait.toMillis(),
                        e.toString());
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    /** What PostgreSQL and its driver say when the connection went away under a statement or a commit. */
    private static final List<String> CONNECTION_LOST = List.of("terminating connection due to administrator command",
            "This connection has been closed", "An I/O error occurred while sending to the backend",
            "Connection refused");

    /**
     * Whether the failure says the database could not be reached: an SQL state of class 08 (connection
     * exception) or 57P01-57P03 (server shutting down or starting), a refused connection, the pool's acquisition
     * timeout, or a commit that failed because its connection was lost. The transaction manager reports the last
     * one as "ARJUNA016053: Could not commit transaction" with the driver's error only in the XA message, so causes,
     * suppressed exceptions and messages are all read. Retrying a commit is safe: the processed-event log in the
     * same transaction makes the work idempotent.
     */
    static boolean unreachable(Throwable failure) {
        return anywhereIn(failure, DatabaseRetry::saysUnreachable);
    }

    /**
     * Whether the transaction lost a race for the same rows: an optimistic-lock failure (JPA's, or Hibernate's
     * stale-state one when it surfaces unwrapped at commit), or PostgreSQL's serialization failure (40001) or
     * deadlock (40P01). In every case the database rolled the whole transaction back.
     */
    static boolean conflict(Throwable failure) {
        return anywhereIn(failure, DatabaseRetry::saysConflict);
    }

    private static boolean saysConflict(Throwable e) {
        if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return true;
        }
        return e instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                || "40P01".equals(sql.getSQLState()));
    }

    /** Reads causes and suppressed exceptions, since the transaction manager hides commit failures in both. */
    private static boolean anywhereIn(Throwable failure, Predicate<Throwable> test) {
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Throwable e = pending.pop();
            if (!seen.add(e)) {
                continue;
            }
            if (test.test(e)) {
                return true;
            }
            if (e.getCause() != null) {
                pending.push(e.getCause());
            }
            pending.addAll(List.of(e.getSuppressed()));
        }
        return false;
    }

    private static boolean saysUnreachable(Throwable e) {
        if (e instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
            if (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        if (e instanceof ConnectException) {
            return true;
        }
        if (e instanceof XAException xa && (xa.errorCode == XAException.XAER_RMFAIL
                || xa.errorCode == XAException.XA_RBCOMMFAIL)) {
            return true;
        }
        String message = e.getMessage();
        return message != null && (message.contains("ARJUNA016053")
                || CONNECTION_LOST.stream().anyMatch(message::contains));
    }
}
