package io.replydesk.collector.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.replydesk.collector.EngagementWatch;
import io.replydesk.collector.Source;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.EngagementRefresher;
import io.replydesk.collector.platform.PlatformException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Follows the engagement of recent posts: reads their counters again on the decaying {@link EngagementSchedule},
 * in batches per source, and publishes a new PostObserved version when a counter moved. Refreshes spend the
 * source's rate budget only while more than {@code engagement.budget-reserve} of it is left, never run while the
 * source is being polled, and a failing refresh only postpones itself: polls and their health are not touched.
 */
@ApplicationScoped
public class EngagementTracker {

    private static final Logger LOG = Logger.getLogger(EngagementTracker.class);
    /** A post whose refresh failed this many times in a row is no longer followed. */
    private static final int MAX_FAILURES = 5;
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final Connectors connectors;
    private final PostIntake intake;
    private final SourcePoller poller;
    private final RateBudgets budgets;
    private final CollectorConfig.EngagementTracking config;

    public EngagementTracker(Connectors connectors, PostIntake intake, SourcePoller poller, RateBudgets budgets,
            CollectorConfig config) {
        this.connectors = connectors;
        this.intake = intake;
        this.poller = poller;
        this.budgets = budgets;
        this.config = config.engagementTracking();
    }

    /** What one refresh of a source did; {@code failure} is null when every batch was read. */
    public record Refresh(int asked, int updated, String failure) {
        static final Refresh NOTHING = new Refresh(0, 0, null);
    }

    @Scheduled(every = "${replydesk.collector.engagement.tick:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshDue() {
        if (!config.enabled()) {
            return;
        }
        Instant now = Instant.now();
        List<String> sources = QuarkusTransaction.requiringNew().call(() -> EngagementWatch.dueSources(now).stream()
                .filter(id -> {
                    Source source = Source.findById(id);
                    return source != null && source.enabled;
                }).toList());
        for (String sourceId : sources) {
            try {
                refresh(sourceId);
            } catch (RuntimeException e) {
                LOG.warnf("engagement refresh of source %s failed: %s", sourceId, e.getMessage());
            }
        }
    }

    /**
     * Refreshes what is due on one source now, enabled or not (the scheduler only asks for enabled ones); does
     * nothing while the source is being polled.
     */
    public Refresh refresh(String sourceId) {
        AtomicReference<Refresh> result = new AtomicReference<>(Refresh.NOTHING);
        poller.whileNotPolling(sourceId, () -> result.set(refreshNow(sourceId)));
        return result.get();
    }

    private Refresh refreshNow(String sourceId) {
        Instant now = Instant.now();
        Source source = QuarkusTransaction.requiringNew().call(() -> Source.findById(sourceId));
        if (source == null) {
            return Refresh.NOTHING;
        }
        EngagementRefresher connector = connectors.refresher(source.type).orElse(null);
        List<EngagementWatch> due = QuarkusTransaction.requiringNew()
                .call(() -> EngagementWatch.due(sourceId, now, config.maxPostsPerTick()));
        if (connector == null || due.isEmpty()) {
            return Refresh.NOTHING;
        }
        int batch = Math.max(1, connector.refreshBatchSize());
        int asked = 0;
        int updated = 0;
        for (int from = 0; from < due.size(); from += batch) {
            List<EngagementWatch> chunk = due.subList(from, Math.min(due.size(), from + batch));
            List<String> externalIds = chunk.stream().map(w -> w.externalId).toList();
            List<String> postIds = chunk.stream().map(w -> w.postId).toList();
            EngagementRefresher.Refreshed refreshed;
            try {
                refreshed = budgets.inBackground(config.budgetReserve(),
                        () -> connector.refreshEngagement(source, externalIds));
            } catch (PlatformException.RateLimited e) {
                // Left due: the next tick tries again, once the budget (above the reserve) allows it.
                LOG.debugf("engagement refresh of source %s waits: %s", sourceId, e.getMessage());
                return new Refresh(asked, updated, "rate limited: " + e.getMessage());
            } catch (Exception e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.infof("engagement refresh of source %s failed for %d post(s): %s", sourceId, chunk.size(),
                        reason);
                postpone(due.subList(from, due.size()), now.plus(RETRY_AFTER_FAILURE));
                return new Refresh(asked, updated, reason);
            }
            asked += chunk.size();
            updated += QuarkusTransaction.requiringNew().call(() -> intake.refreshed(source, postIds, refreshed,
                    Instant.now()));
        }
        return new Refresh(asked, updated, null);
    }

    private static void postpone(List<EngagementWatch> watches, Instant retryAt) {
        List<String> postIds = watches.stream().map(w -> w.postId).toList();
        QuarkusTransaction.requiringNew().run(() -> EngagementWatch.of(postIds)
                .forEach(w -> w.failed(retryAt, MAX_FAILURES)));
    }
}
