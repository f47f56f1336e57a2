package io.replydesk.load;

import io.replydesk.stack.LocalService;
import io.replydesk.stack.LocalStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/** One process (or process tree, for PostgreSQL) whose CPU time and memory the load run follows. */
final class WatchedProcess {

    /** CPU used so far and resident memory now, summed over the process's members. */
    record Usage(long cpuNanos, long rssKib) {
    }

    private final String name;
    private final LongSupplier pid;
    private final boolean tree;

    private WatchedProcess(String name, LongSupplier pid, boolean tree) {
        this.name = name;
        this.pid = pid;
        this.tree = tree;
    }

    String name() {
        return name;
    }

    /** The three services, the Kafka broker, PostgreSQL and this JVM (the load generator). */
    static List<WatchedProcess> of(LocalStack stack, Path postgresDataDir) {
        List<WatchedProcess> watched = new ArrayList<>();
        for (LocalService service : List.of(LocalService.COLLECTOR, LocalService.SENTIMENT, LocalService.RESPONSE)) {
            // looked up at every sample: the supervisor restarts a service that died
            watched.add(new WatchedProcess(service.moduleName(),
                    () -> ProcessUsage.unwrapSetsid(stack.supervisor(service).pid()), false));
        }
        long kafka = kafkaBroker();
        watched.add(new WatchedProcess("Kafka broker", () -> kafka, false));
        watched.add(new WatchedProcess("PostgreSQL (postmaster + backends)", () -> postmaster(postgresDataDir), true));
        long self = ProcessHandle.current().pid();
        watched.add(new WatchedProcess("load generator (test JVM)", () -> self, false));
        return watched;
    }

    /** Empty when the process is not running at this moment. */
    java.util.Optional<Usage> usage() {
        long root = pid.getAsLong();
        if (root <= 0) {
            return java.util.Optional.empty();
        }
        OptionalLong cpu = ProcessUsage.cpuNanos(root, tree);
        OptionalLong rss = ProcessUsage.rssKib(root);
        if (cpu.isEmpty()) {
            return java.util.Optional.empty();
        }
        long cpuSum = cpu.getAsLong();
        long rssSum = rss.orElse(0);
        if (tree) {
            for (long child : ProcessUsage.descendants(root)) {
                cpuSum += ProcessUsage.cpuNanos(child, false).orElse(0);
                rssSum += ProcessUsage.rssKib(child).orElse(0);
            }
        }
        return java.util.Optional.of(new Usage(cpuSum, rssSum));
    }

    private static long kafkaBroker() {
        return ProcessHandle.current().descendants()
                .filter(p -> ProcessUsage.commandLine(p.pid()).contains("io.replydesk.stack.KafkaBroker"))
                .mapToLong(ProcessHandle::pid).filter(p -> !ProcessUsage.commandLine(p).startsWith("/usr/bin/setsid"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Kafka broker process below this JVM"));
    }

    // pg_ctl leaves the postmaster to init, so it is found through its pid file, not among our children
    private static long postmaster(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
