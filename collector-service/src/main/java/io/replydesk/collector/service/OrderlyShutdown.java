package io.replydesk.collector.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import io.replydesk.collector.config.CollectorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Ends the background work first when the collector stops. Quarkus closes Hibernate before it stops the scheduler,
 * so a tick that fired in between (a poll, the outbox relay) failed with "Unable to find an EntityManagerFactory";
 * on the shutdown event the database is still open, so the scheduler is paused there and running polls get a
 * grace period to finish.
 */
@ApplicationScoped
class OrderlyShutdown {

    private static final Logger LOG = Logger.getLogger(OrderlyShutdown.class);

    private final Scheduler scheduler;
    private final SourcePoller poller;
    private final Duration grace;

    OrderlyShutdown(Scheduler scheduler, SourcePoller poller, CollectorConfig config) {
        this.scheduler = scheduler;
        this.poller = poller;
        this.grace = config.polling().shutdownGrace();
    }

    void stop(@Observes ShutdownEvent event) {
        // every scheduled method of the application, the messaging library's outbox relay included
        scheduler.pause();
        poller.stop(grace);
        LOG.debug("scheduled work paused and polls stopped before the database closes");
    }
}
