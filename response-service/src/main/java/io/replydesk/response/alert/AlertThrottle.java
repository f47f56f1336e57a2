package io.replydesk.response.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides which alerts go out: one per incident (or post) within the de-duplication window, and at most
 * {@code maxPerMinute} outbound ones in any minute. In memory: one response-service instance sends alerts
 * (a restart may repeat one alert, which is harmless).
 */
public final class AlertThrottle {

    /** What to do with an alert. */
    public enum Verdict {
        /** Send everywhere. */
        SEND,
        /** Show live, but the outbound rate is exhausted. */
        LIVE_ONLY,
        /** Same incident alerted within the window: drop. */
        DUPLICATE
    }

    private final Clock clock;
    private final Duration dedupeWindow;
    private final int maxPerMinute;
    private final Map<String, Instant> lastByKey = new HashMap<>();
    private final Deque<Instant> sent = new ArrayDeque<>();

    public AlertThrottle(Clock clock, Duration dedupeWindow, int maxPerMinute) {
        this.clock = clock;
        this.dedupeWindow = dedupeWindow;
        this.maxPerMinute = maxPerMinute;
    }

    public synchronized Verdict admit(String key) {
        Instant now = clock.instant();
        lastByKey.values().removeIf(at -> at.isBefore(now.minus(dedupeWindow)));
        if (lastByKey.containsKey(key)) {
            return Verdict.DUPLICATE;
        }
        lastByKey.put(key, now);
        while (!sent.isEmpty() && sent.peekFirst().isBefore(now.minusSeconds(60))) {
            sent.removeFirst();
        }
        if (sent.size() >= maxPerMinute) {
            return Verdict.LIVE_ONLY;
        }
        sent.addLast(now);
        return Verdict.SEND;
    }
}
