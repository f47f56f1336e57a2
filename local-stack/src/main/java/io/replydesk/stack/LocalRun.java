package io.replydesk.stack;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code ./replydesk run}: starts the local stack from a built checkout, prints where everything is,
 * and stops it all cleanly on Ctrl-C. Usage: {@code java -jar local-stack/target/local-stack-run.jar [projectDir]}.
 */
public final class LocalRun {

    static final String PASSWORD_VARIABLE = "REPLYDESK_ADMIN_PASSWORD";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 20;
    // Held so that java.util.logging keeps their levels: zonky and the Kafka admin client log every step at INFO.
    private static final List<Logger> QUIET_LOGGERS = List.of(Logger.getLogger("io.zonky"), Logger.getLogger("org.apache.kafka"));

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
        Path projectDir = Path.of(args.length > 0 ? args[0] : System.getProperty("replydesk.project.dir", "."))
                .toAbsolutePath().normalize();
        Path stateDir = Path.of(System.getProperty("replydesk.state.dir", projectDir.resolve(".replydesk").toString()))
                .toAbsolutePath().normalize();
        Map<String, String> env = System.getenv();
        String password;
        boolean generated = false;
        if (env.get(PASSWORD_VARIABLE) != null && !env.get(PASSWORD_VARIABLE).isBlank()) {
            password = env.get(PASSWORD_VARIABLE);
        } else {
            Path file = stateDir.resolve("admin-password");
            generated = !Files.exists(file);
            password = storedPassword(file);
        }
        LocalStackConfig config;
        try {
            config = LocalStackConfig.builder(projectDir).stateDir(stateDir).fromEnvironment(env)
                    .adminPassword(password).build();
        } catch (IllegalArgumentException e) {
            System.err.println("[replydesk] " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack = LocalStack.prepare(config, System.out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "replydesk-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("[replydesk] " + e.getMessage());
            System.exit(1);
        }
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        printSummary(stack, config, password, generated, sinceJvmStart);
        new CountDownLatch(1).await(); // until Ctrl-C; the shutdown hook stops everything
    }

    /** Reads the stored admin password, generating and storing (mode 600) one on first use. */
    static String storedPassword(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return Files.readString(file, StandardCharsets.UTF_8).trim(); // another run got there first
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return password.toString();
    }

    private static void printSummary(LocalStack stack, LocalStackConfig config, String password, boolean generated,
            long millis) {
        String response = stack.url(LocalService.RESPONSE);
        String passwordSource = System.getenv(PASSWORD_VARIABLE) != null ? "from $" + PASSWORD_VARIABLE
                : (generated ? "generated now, " : "") + "stored in " + config.stateDir().resolve("admin-password");
        System.out.printf("""

                ReplyDesk is running (all ready in %.1f s)
                  Web UI          %s/
                  Drafts API      %s/api/v1/drafts
                  Sources API     %s/api/v1/sources
                  Analyze API     %s/api/v1/analyze
                  Health          %s/q/health/ready  %s/q/health/ready  %s/q/health/ready
                  Login           admin / %s  (%s)
                  Kafka           %s
                  PostgreSQL      %s  (databases collector, sentiment, response; user %s)
                  Logs            %s
                  State           %s
                Press Ctrl-C to stop.
                %n""",
                millis / 1000.0, response, response, stack.url(LocalService.COLLECTOR), stack.url(LocalService.SENTIMENT),
                response, stack.url(LocalService.COLLECTOR), stack.url(LocalService.SENTIMENT),
                password, passwordSource, stack.kafkaBootstrapServers(),
                "localhost:" + stack.postgres().port(), stack.postgres().username(),
                stack.logsDir(), config.stateDir());
    }
}
