package io.replydesk.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the whole machine spent busy, from the first line of {@code /proc/stat}, so the report can show how
 * much went to processes outside the pipeline (other builds on a shared machine).
 */
final class MachineCpu {

    private MachineCpu() {
    }

    /** Busy CPU time of all cores so far, in nanoseconds (every state but idle and iowait). */
    static long busyNanos() {
        try {
            return busyNanos(Files.readAllLines(Path.of("/proc/stat")).get(0));
        } catch (IOException e) {
            return -1;
        }
    }

    static long busyNanos(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        long busy = 0;
        // cpu user nice system idle iowait irq softirq steal [guest guest_nice: already inside user and nice]
        for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy * 1_000_000_000L / ProcessUsage.TICKS_PER_SECOND;
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
