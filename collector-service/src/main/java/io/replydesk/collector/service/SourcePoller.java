package io.replydesk.collector.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import io.replydesk.collector.platform.PollingConnector;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Polls every due source of a polled type through its connector. Each poll runs on its own worker (at most
 * {@code polling.parallel-polls} at once), so one slow or failing source never delays the others, and a source
 * is never polled twice at once. The cursor is stored in the same transaction as the posts of each page, so a
 * restart resumes exactly after the last page taken in.
 */
@ApplicationScoped
public class SourcePoller {

    private static final Logger LOG = Logger.getLogger(SourcePoller.class);
    private static final int MAX_REJECTIONS_SHOWN = 3;

    private final Connectors connectors;
    private final PostIntake intake;
    private final CollectorConfig.Polling config;
    private final PollWorkers workers;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    public SourcePoller(Connectors connectors, PostIntake intake, CollectorConfig config) {
        this.connectors = connectors;
        this.intake = intake;
        this.config = config.polling();
        this.workers = new PollWorkers(this.config.parallelPolls());
    }

    @Scheduled(every = "${replydesk.collector.polling.tick:5s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollDue() {
        if (workers.stopping()) {
            return;
        }
        Instant now = Instant.now();
        List<SourceType> polled = Arrays.stream(SourceType.values()).filter(SourceType::polled).toList();
        List<String> due = QuarkusTransaction.requiringNew().call(() -> Source.<Source>list(
                "type in ?1 and enabled = true and (nextPollAt is null or nextPollAt <= ?2)", polled, now)
                .stream().filter(s -> s.duePoll(now)).map(s -> s.id).toList());
        due.forEach(id -> workers.submit(id, () -> pollNow(id)));
    }

    /**
     * Polls one source now, whether due or not (an operator action, a test); does nothing when a poll of it is
     * already running, because two polls from the same cursor would take the same page twice.
     */
    public void poll(String sourceId) {
        workers.runNow(sourceId, () -> pollNow(sourceId));
    }

    /**
     * Runs other work on a source (an engagement refresh) while no poll of it runs, and keeps polls from starting
     * meanwhile: both take posts of the source in, and must not update the same post at once.
     *
     * @return false, without running it, when a poll of the source is under way or the collector is stopping
     */
    public boolean whileNotPolling(String sourceId, Runnable work) {
        return workers.runNow(sourceId, work);
    }

    private void pollNow(String sourceId) {
        Source source = QuarkusTransaction.requiringNew().call(() -> Source.findById(sourceId));
        if (source == null) {
            return;
        }
        PollingConnector connector = connectors.polling(source.type).orElse(null);
        if (connector == null) {
            return;
        }
        List<String> rejected = new ArrayList<>();
        PollCursor cursor = source.pollCursor();
        try {
            boolean more = true;
            for (int page = 0; more && page < Math.max(1, config.maxPagesPerPoll()); page++) {
                PolledPage result = connector.fetch(source, cursor);
                PollCursor next = result.next();
                QuarkusTransaction.requiringNew().run(() -> {
                    PostIntake.Intake taken = intake.take(source, result.posts());
                    Source.saveCursor(sourceId, next);
                    LOG.debugf("source %s page %s: %s", sourceId, next.position(), taken);
                });
                cursor = next;
                rejected.addAll(result.rejected());
                more = result.more();
            }
            succeeded(source, rejected, more);
        } catch (PlatformException.RateLimited e) {
            LOG.infof("source %s rate limited until %s", sourceId, e.retryAt());
            update(sourceId, s -> s.pollRateLimited(Instant.now(), e.getMessage(), e.retryAt(), jitter(s)));
        } catch (Exception e) {
            if (workers.stopping()) {
                // cut short by the shutdown, not the source's fault: its health stays, and the next start resumes
                // after the last page taken in
                LOG.infof("source %s poll stopped by shutdown: %s", sourceId, e);
                return;
            }
            int count = failures.merge(sourceId, 1, Integer::sum);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.infof("source %s poll failed (%d in a row): %s", sourceId, count, reason);
            update(sourceId, s -> s.pollFailed(Instant.now(), reason, count, jitter(s)));
        }
    }

    private void succeeded(Source source, List<String> rejected, boolean more) {
        failures.remove(source.id);
        String warning = null;
        if (!rejected.isEmpty()) {
            warning = rejected.size() + " item(s) refused: "
                    + String.join("; ", rejected.subList(0, Math.min(MAX_REJECTIONS_SHOWN, rejected.size())));
            LOG.infof("source %s: %s", source.id, warning);
        }
        String w = warning;
        update(source.id, s -> {
            if (more) {
                s.pollCutShort(Instant.now(), w);
            } else {
                s.pollSucceeded(Instant.now(), jitter(s), w);
            }
        });
    }

    private Duration jitter(Source source) {
        long max = (long) (source.pollInterval().toMillis() * Math.max(0, config.jitter()));
        return Duration.ofMillis(max <= 0 ? 0 : ThreadLocalRandom.current().nextLong(max + 1));
    }

    /** Health is best effort: losing one update to a concurrent PATCH must not kill the worker. */
    private static void update(String sourceId, java.util.function.Consumer<Source> change) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Source s = Source.findById(sourceId);
                if (s != null) {
                    change.accept(s);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("health of source %s not saved: %s", sourceId, e.getMessage());
        }
    }

    /**
     * Starts no poll any more and gives the running ones up to {@code grace} to finish, so they end while the
     * database is still open; what outlasts it is interrupted.
     */
    public void stop(Duration grace) {
        try {
            if (!workers.stop(grace)) {
                LOG.infof("polls still running after %s were interrupted", grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
