package io.replydesk.response.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.replydesk.response.config.ResponseConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends alerts once the assessment that raised them is committed: to browsers on the live stream, to
 * Slack-compatible webhooks and by e-mail. Nothing here blocks the Kafka consumer: webhooks and mail are sent
 * asynchronously, and a failing receiver is logged, never retried into a storm.
 */
@ApplicationScoped
public class AlertDispatcher {

    private static final Logger LOG = Logger.getLogger(AlertDispatcher.class);
    private static final int RECENT = 100;

    @Inject
    ResponseConfig config;

    @Inject
    ReactiveMailer mailer;

    @Inject
    ObjectMapper mapper;

    private final BroadcastProcessor<Alert> live = BroadcastProcessor.create();
    private final Deque<Alert> recent = new ArrayDeque<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger subscribers = new AtomicInteger();
    private AlertThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new AlertThrottle(Clock.systemUTC(), config.alerts().dedupeWindow(), config.alerts().maxPerMinute());
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Alert alert) {
        AlertThrottle.Verdict verdict = throttle.admit(alert.dedupeKey());
        if (verdict == AlertThrottle.Verdict.DUPLICATE) {
            LOG.debugf("alert for %s suppressed: %s already alerted", alert.postId(), alert.dedupeKey());
            return;
        }
        synchronized (recent) {
            recent.addFirst(alert);
            while (recent.size() > RECENT) {
                recent.removeLast();
            }
        }
        live.onNext(alert);
        if (verdict == AlertThrottle.Verdict.LIVE_ONLY) {
            LOG.warnf("alert for %s shown live only: more than %d alerts this minute", alert.postId(),
                    config.alerts().maxPerMinute());
            return;
        }
        config.alerts().webhooks().orElse(List.of()).forEach(url -> post(url, alert));
        config.alerts().emailTo().filter(to -> !to.isEmpty()).ifPresent(to -> mail(to, alert));
    }

    /** Alerts from now on, for the live stream. */
    public Multi<Alert> stream() {
        return live.onSubscription().invoke(subscribers::incrementAndGet)
                .onTermination().invoke(subscribers::decrementAndGet);
    }

    /** How many live streams are open. */
    public int liveSubscribers() {
        return subscribers.get();
    }

    /** The latest alerts sent, newest first. */
    public List<Alert> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private void post(String url, Alert alert) {
        String body;
        try {
            body = mapper.writeValueAsString(Map.of("text", alert.summary() + "\n" + alert.link()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null) {
                LOG.warnf("alert webhook %s failed: %s", URI.create(url).getHost(), failure.toString());
            } else if (response.statusCode() >= 300) {
                LOG.warnf("alert webhook %s answered %d", URI.create(url).getHost(), response.statusCode());
            }
        });
    }

    private void mail(List<String> to, Alert alert) {
        Mail mail = Mail.withText(to.get(0), "[ReplyDesk] " + alert.summary(), alert.summary() + "\n\n" + alert.link());
        to.stream().skip(1).forEach(mail::addTo);
        mailer.send(mail).subscribe().with(ok -> { }, failure -> LOG.warnf("alert e-mail failed: %s", failure));
    }
}
