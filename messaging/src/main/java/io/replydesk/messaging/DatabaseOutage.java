package io.replydesk.messaging;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.transaction.xa.XAException;
import org.jboss.logging.Logger;

/**
 * Keeps a consumer on its record while the database cannot be reached (restart, failover), instead of letting the
 * failure nack the record into the dead-letter topic: a good event must never be lost to an outage. Anything
 * else the work throws (a bad record, a bug) is passed on at once.
 */
public final class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    /** Past this the record goes the usual way (dead-letter topic), where an operator sees it. */
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(15);

    private DatabaseOutage() {
    }

    /** Work that may fail; typically one transaction. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work}, and runs it again after a pause as long as it fails for want of the database. */
    public static void retry(String what, Work work) throws Exception {
        retry(what, work, GIVE_UP_AFTER);
    }

    static void retry(String what, Work work, Duration giveUpAfter) throws Exception {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                work.run();
                return;
            } catch (Exception e) {
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
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Throwable e = pending.pop();
            if (!seen.add(e)) {
                continue;
            }
            if (saysUnreachable(e)) {
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
