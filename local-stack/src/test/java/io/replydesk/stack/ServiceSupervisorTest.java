package io.replydesk.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceSupervisorTest {

    @TempDir
    Path dir;

    private final List<String> reports = new CopyOnWriteArrayList<>();

    @Test
    void restartsAChildThatExitsWithGrowingBackoff() throws Exception {
        ServiceSupervisor supervisor = new ServiceSupervisor("flaky", fakeService("exit", "3"), Map.of(),
                dir.resolve("logs/flaky.log"), Duration.ofSeconds(5), reports::add);
        supervisor.start();
        try {
            awaitTrue(() -> supervisor.restarts() >= 1 && reports.size() >= 2, Duration.ofSeconds(20));
        } finally {
            supervisor.stop();
        }
        assertThat(reports).startsWith(
                "[replydesk] flaky exited with code 3, restarting in 1s",
                "[replydesk] flaky exited with code 3, restarting in 2s");
        assertThat(Files.readString(dir.resolve("logs/flaky.log"))).contains("fake service exiting with 3");
        int restartsAtStop = supervisor.restarts();
        Thread.sleep(2500);
        assertThat(supervisor.restarts()).as("no restart after stop()").isEqualTo(restartsAtStop);
    }

    @Test
    void reportsAKilledChildAndStopsWithoutCallingItACrash() throws Exception {
        int port = LocalPorts.free();
        ServiceSupervisor supervisor = new ServiceSupervisor("collector", fakeService(),
                Map.of("QUARKUS_HTTP_PORT", Integer.toString(port)), dir.resolve("collector.log"),
                Duration.ofSeconds(5), reports::add);
        supervisor.start();
        long firstPid = supervisor.pid();
        ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();
        awaitTrue(() -> supervisor.restarts() == 1 && supervisor.isAlive(), Duration.ofSeconds(20));
        assertThat(supervisor.pid()).isNotEqualTo(firstPid);
        assertThat(reports).containsExactly("[replydesk] collector exited with code 137, restarting in 1s");

        supervisor.stop();
        assertThat(supervisor.isAlive()).isFalse();
        assertThat(reports).hasSize(1);
    }

    static List<String> fakeService(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                FakeService.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within " + timeout).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
