package io.replydesk.collector.service;

import io.replydesk.collector.config.CollectorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a post's counters are read next: often while it is young (when virality shows), less as it ages, and not at
 * all past the last step. Steps come from {@code replydesk.collector.engagement.schedule}, such as
 * {@code PT1H=PT5M,PT6H=PT30M,PT48H=PT2H}.
 */
@ApplicationScoped
public class EngagementSchedule {

    /** Posts younger than {@code age} are read again every {@code every}. */
    public record Step(Duration age, Duration every) {
    }

    private final List<Step> steps;

    @Inject
    public EngagementSchedule(CollectorConfig config) {
        this(parse(config.engagementTracking().schedule()));
    }

    public EngagementSchedule(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The next refresh of a post created at {@code createdAt}, or empty when it is too old to follow. */
    public Optional<Instant> next(Instant createdAt, Instant now) {
        Duration age = Duration.between(createdAt, now);
        for (Step step : steps) {
            if (age.compareTo(step.age()) < 0) {
                return Optional.of(now.plus(step.every()));
            }
        }
        return Optional.empty();
    }

    public List<Step> steps() {
        return steps;
    }

    /** Reads {@code age=interval} pairs; ages must grow and every duration be positive. */
    public static List<Step> parse(String value) {
        List<Step> steps = new ArrayList<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.strip().split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("engagement schedule step '" + part.strip()
                        + "' must be <age>=<interval>, such as PT1H=PT5M");
            }
            Step step;
            try {
                step = new Step(Duration.parse(pair[0].strip()), Duration.parse(pair[1].strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("engagement schedule step '" + part.strip()
                        + "' must use ISO-8601 durations, such as PT1H=PT5M");
            }
            if (step.age().isNegative() || step.age().isZero() || step.every().isNegative()
                    || step.every().isZero()) {
                throw new IllegalArgumentException("engagement schedule step '" + part.strip()
                        + "' needs positive durations");
            }
            if (!steps.isEmpty() && step.age().compareTo(steps.get(steps.size() - 1).age()) <= 0) {
                throw new IllegalArgumentException("engagement schedule ages must grow: '" + value + "'");
            }
            steps.add(step);
        }
        return steps;
    }
}
