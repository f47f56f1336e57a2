package io.replydesk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessUsageTest {

    // field 14 utime = 250 ticks, 15 stime = 50, 16 cutime = 1000, 17 cstime = 200; the name holds ") ("
    private static final String STAT = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 1000 200 20 0 40 0";

    @Test
    void cpuTimeIsUserPlusSystemTicksAndOptionallyReapedChildren() {
        assertThat(ProcessUsage.cpuNanos(STAT, false)).isEqualTo(Duration.ofSeconds(3).toNanos());
        assertThat(ProcessUsage.cpuNanos(STAT, true)).isEqualTo(Duration.ofSeconds(15).toNanos());
    }

    @Test
    void residentMemoryComesFromVmRss() {
        assertThat(ProcessUsage.rssKib("Name:\tjava\nVmPeak:\t 9000 kB\nVmRSS:\t  123456 kB\nThreads:\t30\n"))
                .hasValue(123456);
        assertThat(ProcessUsage.rssKib("Name:\tkthreadd\nThreads:\t1\n")).isEmpty();
    }

    @Test
    void readsThisProcessAndGrowsWithWork() {
        long pid = ProcessHandle.current().pid();
        long before = ProcessUsage.cpuNanos(pid, false).orElseThrow();
        long sum = 0;
        long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
        while (System.nanoTime() < until) {
            sum += Long.numberOfTrailingZeros(sum + System.nanoTime());
        }
        assertThat(sum).isPositive();
        assertThat(ProcessUsage.cpuNanos(pid, false).orElseThrow()).isGreaterThan(before);
        assertThat(ProcessUsage.rssKib(pid).orElseThrow()).isGreaterThan(10_000);
        assertThat(ProcessUsage.commandLine(pid)).contains("java");
        assertThat(ProcessUsage.cpuNanos(Long.MAX_VALUE, false)).isEmpty();
    }

    @Test
    void machineBusyTimeLeavesOutIdleAndIowait() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertThat(MachineCpu.busyNanos("cpu  100 5 20 9000 300 1 2 3 50 0"))
                .isEqualTo(Duration.ofMillis(1310).toNanos());
    }
}
