package io.replydesk.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * CPU time and resident memory of processes, read from {@code /proc}: CPU is utime + stime of
 * {@code /proc/<pid>/stat} (plus the time of children the process has reaped, when asked — PostgreSQL's
 * postmaster reaps its backends), memory is VmRSS of {@code /proc/<pid>/status}.
 */
final class ProcessUsage {

    /** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux this runs on (USER_HZ). */
    static final long TICKS_PER_SECOND = 100;

    private ProcessUsage() {
    }

    /** CPU used so far, or empty when the process is gone. */
    static OptionalLong cpuNanos(long pid, boolean withReapedChildren) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        if (stat == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(cpuNanos(stat, withReapedChildren));
    }

    /** Parses a /proc/<pid>/stat line; the command name in parentheses may itself hold spaces and parentheses. */
    static long cpuNanos(String stat, boolean withReapedChildren) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (withReapedChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND).toNanos();
    }

    /** Resident set size in KiB, or empty when the process is gone. */
    static OptionalLong rssKib(long pid) {
        String status = read(Path.of("/proc", Long.toString(pid), "status"));
        return status == null ? OptionalLong.empty() : rssKib(status);
    }

    static OptionalLong rssKib(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return OptionalLong.of(Long.parseLong(line.substring(6).trim().split("\\s+")[0]));
            }
        }
        return OptionalLong.empty(); // kernel threads and zombies have none
    }

    /** The process's full command line, or "" when it is gone. */
    static String commandLine(long pid) {
        String cmdline = read(Path.of("/proc", Long.toString(pid), "cmdline"));
        return cmdline == null ? "" : cmdline.replace('\0', ' ').trim();
    }

    /** The pid itself, or the first child when it is a {@code setsid} wrapper that forked instead of exec'ing. */
    static long unwrapSetsid(long pid) {
        String command = commandLine(pid);
        if (!command.startsWith("/usr/bin/setsid") && !command.startsWith("setsid")) {
            return pid;
        }
        return ProcessHandle.of(pid).flatMap(p -> p.children().findFirst()).map(ProcessHandle::pid).orElse(pid);
    }

    static List<Long> descendants(long pid) {
        return ProcessHandle.of(pid).map(p -> p.descendants().map(ProcessHandle::pid).toList()).orElse(List.of());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // the process exited
        }
    }
}
