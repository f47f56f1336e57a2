package io.replydesk.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 17 server (zonky embedded binaries) over a caller-given data directory that is
 * kept between starts. Works as root: zonky runs initdb and pg_ctl under {@code unshare -U} when the
 * JVM runs as uid 0, so PostgreSQL sees an unprivileged user.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final int port;
    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(Path dataDir, int port, io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.dataDir = dataDir;
        this.port = port;
        this.server = server;
    }

    /** Starts a durable server: the local run's data must survive a crash. */
    public static EmbeddedPostgres start(Path dataDir, int port) {
        return start(dataDir, port, true, defaultLogFile(dataDir));
    }

    /** Same as {@link #start(Path, int)} with the server's output in {@code logFile}. */
    public static EmbeddedPostgres start(Path dataDir, int port, Path logFile) {
        return start(dataDir, port, true, logFile);
    }

    /** Starts a server without fsync on an emptied directory, for throw-away test data. */
    public static EmbeddedPostgres startForTests(Path dataDir, int port) {
        return start(dataDir, port, false, defaultLogFile(dataDir));
    }

    // Not inside the data directory: initdb wants it empty.
    private static Path defaultLogFile(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".log");
    }

    private static EmbeddedPostgres start(Path dataDir, int port, boolean durable, Path logFile) {
        Path absolute = dataDir.toAbsolutePath();
        int serverPort = LocalPorts.orFree(port);
        try {
            Files.createDirectories(absolute.getParent());
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            stopOrphan(absolute);
            if (!durable) {
                DataDirectories.delete(absolute);
            }
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(absolute)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(serverPort)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            if (!durable) {
                builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
            }
            return new EmbeddedPostgres(absolute, serverPort, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + absolute + "; see " + logFile, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates the database unless it exists; the name must be a plain lower-case identifier. */
    public void createDatabaseIfMissing(String name) {
        createDatabaseIfMissing(port, name);
    }

    /** Same as {@link #createDatabaseIfMissing(String)} for a server known only by its port. */
    public static void createDatabaseIfMissing(int port, String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = connect(port, "postgres");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Opens a connection as the superuser; the driver is used directly, so any class loader works. */
    public static Connection connect(int port, String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USERNAME);
        credentials.setProperty("password", PASSWORD);
        return new org.postgresql.Driver().connect("jdbc:postgresql://localhost:" + port + "/" + database, credentials);
    }

    /** Stops the server with a fast shutdown (clients are disconnected, data is flushed). */
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL in " + dataDir, e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * A server left running by a JVM that was killed still owns the data directory (pg_ctl detaches
     * it); stop it with a fast shutdown so this start can proceed.
     */
    private static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        System.err.println("[replydesk] stopping PostgreSQL left running from an earlier run (pid " + pid + ")");
        // SIGINT is PostgreSQL's fast shutdown; SIGTERM would wait for clients to leave.
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
        long deadline = System.nanoTime() + ORPHAN_STOP_TIMEOUT.toNanos();
        while (orphan.get().isAlive() && System.nanoTime() < deadline) {
            EmbeddedKafka.sleep(100);
        }
        if (orphan.get().isAlive()) {
            throw new IllegalStateException("PostgreSQL pid " + pid + " still runs on " + dataDir + "; stop it first");
        }
    }
}
