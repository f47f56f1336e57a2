package io.replydesk.drills.harness;

import io.replydesk.drills.invariants.InvariantChecker;
import io.replydesk.drills.invariants.PipelineReader;
import io.replydesk.stack.DataDirectories;
import io.replydesk.stack.LocalService;
import io.replydesk.stack.LocalStack;
import io.replydesk.stack.LocalStackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged services, each in its own JVM on real Kafka and PostgreSQL, started once and shared by the drills
 * in order (every drill's invariant check covers all that came before it). When the last drill is done the stack
 * stops and the report table is printed and written.
 */
public final class DrillStack implements ExtensionContext.Store.CloseableResource {

    static final String PASSWORD = "drills-admin-password";
    /** Generous: the machine has two cores shared with other builds. */
    public static final Duration RESTART_TIMEOUT = Duration.ofMinutes(4);

    private static DrillStack started;

    private final Receiver receiver;
    private final LocalStack stack;
    private final PipelineApi api;
    private final InvariantChecker checker;
    private final DrillReport report = new DrillReport();
    private final List<PostStream> allStreams = new ArrayList<>();

    private DrillStack() {
        receiver = new Receiver();
        Path state = Path.of(System.getProperty("replydesk.drills.state.dir", "target/drills-state"));
        try {
            DataDirectories.delete(state); // every run starts empty; the last run's state stays for reading
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + state, e);
        }
        stack = LocalStack.start(LocalStackConfig.builder(Path.of(System.getProperty("replydesk.project.dir", "..")))
                .stateDir(state)
                .anyFreePorts()
                .adminPassword(PASSWORD)
                .env(LocalService.COLLECTOR, "REPLYDESK_COLLECTOR_DEMO_ENABLED", "false")
                .readyTimeout(RESTART_TIMEOUT)
                .build(), DrillStack::log);
        // a test JVM stopped from outside still takes its services, broker and database down with it
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "drills-stack-stop"));
        api = new PipelineApi(stack.url(LocalService.COLLECTOR), stack.url(LocalService.RESPONSE), PASSWORD);
        checker = new InvariantChecker(new PipelineReader(stack, receiver), DrillStack::log);
    }

    public static synchronized DrillStack get() {
        if (started == null) {
            started = new DrillStack();
        }
        return started;
    }

    public LocalStack stack() {
        return stack;
    }

    public Receiver receiver() {
        return receiver;
    }

    /** Waits until the pipeline has drained what was pushed so far (or the timeout passed). */
    public void awaitDrained(Duration timeout) {
        checker.awaitDrained(allStreams, timeout);
    }

    public RawKafka kafka() {
        return new RawKafka(stack.kafkaBootstrapServers());
    }

    public static void log(String line) {
        System.out.println("[drills] " + line);
    }

    /** A drill's body: make trouble while posts flow; the stack checks the invariants afterwards. */
    public interface Body {
        void run(Drill drill) throws Exception;
    }

    /**
     * Runs one drill on a fresh webhook source, waits for its streams and approver, then checks every invariant
     * (waiting up to {@code drainTimeout} for the pipeline to drain), adds its row to the report and fails the
     * test when an invariant broke.
     */
    public InvariantChecker.Verdict run(String name, Duration drainTimeout, Body body) throws Exception {
        log("=== drill: " + name);
        long started = System.nanoTime();
        Drill drill = new Drill(api, api.createWebhookSource("drill " + name, receiver.callbackUrl()));
        InvariantChecker.Verdict verdict;
        try {
            body.run(drill);
            for (PostStream stream : drill.streams()) {
                stream.awaitDone(RESTART_TIMEOUT.multipliedBy(2));
            }
            allStreams.addAll(drill.streams());
            boolean drained = checker.awaitDrained(allStreams, drainTimeout);
            int approved = 0;
            for (Approver approver : drill.approvers()) {
                approved += approver.finish(); // a last pass: its approvals must be posted before the verdict
            }
            verdict = checker.check(allStreams, drained ? drainTimeout : Duration.ofSeconds(30));
            drill.note(approved + " approved");
        } catch (Exception | AssertionError e) {
            report.add(new DrillReport.Row(name, false, List.of("drill could not finish: " + e), "",
                    Duration.ofNanos(System.nanoTime() - started), drill.notes()));
            throw e;
        }
        int pushed = drill.streams().stream().mapToInt(PostStream::pushed).sum();
        String posts = pushed + " pushed; " + verdict.state().observedPosts().size() + " observed, "
                + verdict.state().draftsByPost().size() + " drafts, " + verdict.state().platformRequests().size()
                + " replies in all";
        report.add(new DrillReport.Row(name, verdict.passed(), verdict.violations(), posts,
                Duration.ofNanos(System.nanoTime() - started), drill.notes()));
        log("=== " + name + ": " + (verdict.passed() ? "all invariants held" : verdict.violations()));
        if (!verdict.passed()) {
            throw new AssertionError("drill " + name + " broke invariants:\n" + String.join("\n", verdict.violations()));
        }
        return verdict;
    }

    /** {@code @ExtendWith(DrillStack.Extension.class)}: starts the stack once; it stops after the last class. */
    public static final class Extension implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(DrillStack.class, k -> get(), DrillStack.class);
        }
    }

    @Override
    public void close() {
        try {
            stack.close();
            receiver.close();
        } finally {
            String table = report.render();
            System.out.println("\n[drills] drill × result\n" + table);
            report.write(Path.of(System.getProperty("replydesk.drills.report", "target/drills-report.md")));
        }
    }
}
