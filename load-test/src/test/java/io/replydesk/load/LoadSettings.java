package io.replydesk.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * What one load run does: posts per second, how long it measures after a warm-up, posts per request, how long
 * the pipeline may take to drain afterwards and how often lag, CPU and memory are sampled.
 */
record LoadSettings(double rate, Duration duration, Duration warmup, int batch, Duration drainTimeout,
        Duration sampleInterval, long seed, Path projectDir, Path stateDir, Path report) {

    LoadSettings {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("load.rate must be a positive number of posts per second, got " + rate);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("load.duration must be positive, got " + duration);
        }
        if (warmup.isNegative()) {
            throw new IllegalArgumentException("load.warmup must not be negative, got " + warmup);
        }
        if (batch < 1 || batch > 1000) {
            throw new IllegalArgumentException("load.batch must be 1..1000 posts per request, got " + batch);
        }
        if (sampleInterval.toMillis() < 100) {
            throw new IllegalArgumentException("load.sample-interval must be at least 100 ms, got " + sampleInterval);
        }
    }

    static LoadSettings from(Properties props) {
        Path projectDir = Path.of(required(props, "replydesk.project.dir")).toAbsolutePath().normalize();
        Path target = projectDir.resolve("load-test/target");
        return new LoadSettings(
                number(props, "load.rate", "50"),
                duration(props, "load.duration", "PT10M"),
                duration(props, "load.warmup", "PT1M"),
                (int) number(props, "load.batch", "1"),
                duration(props, "load.drain-timeout", "PT5M"),
                duration(props, "load.sample-interval", "PT5S"),
                (long) number(props, "load.seed", "7"),
                projectDir,
                Path.of(props.getProperty("load.state.dir", target.resolve("load-state").toString())),
                Path.of(props.getProperty("load.report", target.resolve("load-report.md").toString())));
    }

    /** Time between two requests of the steady schedule. */
    Duration requestInterval() {
        return Duration.ofNanos(Math.round(batch / rate * 1_000_000_000d));
    }

    private static String required(Properties props, String name) {
        String value = props.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }

    private static double number(Properties props, String name, String fallback) {
        String value = props.getProperty(name, fallback).trim();
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + value + " is not a number");
        }
    }

    private static Duration duration(Properties props, String name, String fallback) {
        String value = props.getProperty(name, fallback).trim();
        try {
            return Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + "=" + value + " is not an ISO-8601 duration such as PT10M");
        }
    }
}
