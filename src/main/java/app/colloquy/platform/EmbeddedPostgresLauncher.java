package app.colloquy.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts zonky's embedded PostgreSQL with settings fit for user data (fsync and synchronous
 * commit on, data kept on close) and recovers from a previous run that was killed hard.
 */
public final class EmbeddedPostgresLauncher {

    public static final String USER = "postgres";
    public static final String DATABASE = "colloquy";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private EmbeddedPostgresLauncher() {
    }

    public static EmbeddedPostgres start(Path dataDir, boolean deleteOnClose) throws IOException {
        Files.createDirectories(dataDir);
        stopOrphanedPostmaster(dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(deleteOnClose)
                .setServerConfig("fsync", deleteOnClose ? "off" : "on")
                .setServerConfig("synchronous_commit", deleteOnClose ? "off" : "on")
                .setServerConfig("full_page_writes", deleteOnClose ? "off" : "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    /** Creates the database if it is missing and returns its JDBC URL. */
    public static String ensureDatabase(EmbeddedPostgres postgres, String database) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare embedded database " + database, e);
        }
        return postgres.getJdbcUrl(USER, database);
    }

    /**
     * After a {@code kill -9} of the app the postmaster it started keeps running and holds the data
     * directory; stop it gracefully (SIGTERM lets it shut down cleanly) before starting anew.
     */
    static void stopOrphanedPostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        readPid(pidFile).flatMap(ProcessHandle::of).filter(EmbeddedPostgresLauncher::isPostgres).ifPresent(orphan -> {
            log.warn("Stopping PostgreSQL (pid {}) left running on {} by a previous run", orphan.pid(), dataDir);
            orphan.destroy();
            try {
                orphan.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new IllegalStateException("PostgreSQL pid " + orphan.pid() + " still holds " + dataDir, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + orphan.pid(), e);
            }
        });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Unreadable " + pidFile + ": " + e.getMessage(), e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false);
    }
}
