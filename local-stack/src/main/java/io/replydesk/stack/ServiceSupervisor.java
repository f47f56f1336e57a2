package io.replydesk.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one child process and restarts it with exponential backoff (1 s, 2 s, 4 s ... 30 s) whenever it
 * exits without being asked to, the way an orchestrator would; output goes to a log file.
 */
public final class ServiceSupervisor implements AutoCloseable {

    private static final Duration STABLE_RUN = Duration.ofSeconds(60);
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private final Duration stopGrace;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Consumer<String> reporter;
    private final Object lock = new Object();

    private Process process;
    private Thread watcher;
    private volatile boolean stopping;
    private volatile int restarts;

    public ServiceSupervisor(String name, List<String> command, Map<String, String> environment, Path logFile,
            Duration stopGrace, Consumer<String> reporter) {
        this(name, command, environment, logFile, stopGrace, Duration.ofSeconds(1), Duration.ofSeconds(30), reporter);
    }

    ServiceSupervisor(String name, List<String> command, Map<String, String> environment, Path logFile,
            Duration stopGrace, Duration initialBackoff, Duration maxBackoff, Consumer<String> reporter) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
        this.stopGrace = stopGrace;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.reporter = reporter;
    }

    /** Starts the child and the thread that watches it. */
    public void start() throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        synchronized (lock) {
            process = launch();
        }
        watcher = new Thread(this::watch, "supervisor-" + name);
        watcher.setDaemon(true);
        watcher.start();
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** How many times the child was restarted after an unexpected exit. */
    public int restarts() {
        return restarts;
    }

    /** Process id of the current child, or -1 before the first start. */
    public long pid() {
        synchronized (lock) {
            return process == null ? -1 : process.pid();
        }
    }

    public boolean isAlive() {
        synchronized (lock) {
            return process != null && process.isAlive();
        }
    }

    /** Asks the child to stop (SIGTERM), kills it after the grace period, and stops supervising. */
    public void stop() {
        stopping = true;
        Process current;
        synchronized (lock) {
            current = process;
        }
        if (watcher != null) {
            watcher.interrupt();
        }
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroy();
        try {
            if (!current.waitFor(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                reporter.accept("[replydesk] " + name + " did not stop within " + stopGrace.toSeconds() + "s, killing it");
                current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void watch() {
        Duration backoff = initialBackoff;
        while (!stopping) {
            Process current;
            synchronized (lock) {
                current = process;
            }
            long startedAt = System.nanoTime();
            int code;
            try {
                code = current.waitFor();
            } catch (InterruptedException e) {
                return; // stop() interrupts us; it takes care of the child
            }
            if (stopping) {
                return;
            }
            if (System.nanoTime() - startedAt > STABLE_RUN.toNanos()) {
                backoff = initialBackoff;
            }
            reporter.accept("[replydesk] " + name + " exited with code " + code + ", restarting in "
                    + describe(backoff));
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            synchronized (lock) {
                if (stopping) {
                    return;
                }
                try {
                    process = launch();
                    restarts++;
                } catch (IOException e) {
                    reporter.accept("[replydesk] cannot restart " + name + ": " + e.getMessage());
                    return;
                }
            }
        }
    }

    private Process launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(withOwnSession(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    // Its own session keeps Ctrl-C in the terminal away from the child: the local run stops its
    // children itself, in order, instead of racing them (and mistaking their exit for a crash).
    static List<String> withOwnSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> wrapped = new java.util.ArrayList<>(List.of(SETSID.toString()));
        wrapped.addAll(command);
        return wrapped;
    }

    private static String describe(Duration delay) {
        return delay.toMillis() % 1000 == 0 ? delay.toSeconds() + "s" : delay.toMillis() + "ms";
    }
}
