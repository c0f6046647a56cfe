package app.colloquy.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts zonky's embedded PostgreSQL with settings fit for user data (fsync and synchronous
 * commit on, data kept on close), recovers from a previous run that was killed hard, and requires
 * a password for every connection: zonky's initdb trusts any local connection, which on a shared
 * school server would let any local user read every student's work. The password is random,
 * generated on first start and kept in the data directory, readable by its owner only.
 */
public final class EmbeddedPostgresLauncher {

    public static final String USER = "postgres";
    public static final String DATABASE = "colloquy";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String PASSWORD_FILE = "colloquy-db-password";
    private static final String HBA_MARKER =
            "# Written by Colloquy: every connection needs the password in " + PASSWORD_FILE;
    private static final String HBA_RULES = String.join(
            "\n",
            HBA_MARKER,
            "local   all  all                 scram-sha-256",
            "host    all  all  127.0.0.1/32   scram-sha-256",
            "host    all  all  ::1/128        scram-sha-256",
            "");

    private EmbeddedPostgresLauncher() {}

    public static EmbeddedPostgres start(Path dataDir, boolean deleteOnClose) throws IOException {
        Files.createDirectories(dataDir);
        stopOrphanedPostmaster(dataDir);
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        // initdb needs an empty directory: a new cluster's password is written once it runs.
        String password = Files.exists(passwordFile) ? password(dataDir) : newPassword();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(deleteOnClose)
                .setConnectConfig("password", password)
                .setServerConfig("fsync", deleteOnClose ? "off" : "on")
                .setServerConfig("synchronous_commit", deleteOnClose ? "off" : "on")
                .setServerConfig("full_page_writes", deleteOnClose ? "off" : "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                // Stopped by its owner (the Spring context, after the web server has finished the
                // requests in flight), never by a JVM hook racing that graceful shutdown.
                .setRegisterShutdownHook(false)
                .start();
        requirePassword(postgres, dataDir, password);
        return postgres;
    }

    /** The password of the database in this data directory, once it has been started. */
    public static String password(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve(PASSWORD_FILE), StandardCharsets.US_ASCII)
                .strip();
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Gives the superuser the password and makes every connection (socket and loopback) prove it.
     * On a new cluster this happens right after initdb, before any data exists; afterwards the
     * cluster's pg_hba.conf already requires it and nothing changes.
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path dataDir, String password) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        if (Files.readString(hba).startsWith(HBA_MARKER)) {
            return;
        }
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        Files.deleteIfExists(passwordFile);
        Files.createFile(
                passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, password, StandardCharsets.US_ASCII);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                var statement = c.createStatement()) {
            // The password is our own base64url text, so it is safe inside the literal.
            statement.execute("alter role " + USER + " password '" + password + "'");
            Files.writeString(hba, HBA_RULES);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded database's password", e);
        }
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
        readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(EmbeddedPostgresLauncher::isPostgres)
                .ifPresent(orphan -> {
                    if (isInUse(dataDir)) {
                        throw new IllegalStateException(
                                "Another Colloquy is running on " + dataDir + " (PostgreSQL pid " + orphan.pid()
                                        + "). Stop it first, or choose another data directory.");
                    }
                    log.warn(
                            "Stopping PostgreSQL (pid {}) left running on {} by a previous run", orphan.pid(), dataDir);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                    } catch (TimeoutException | ExecutionException e) {
                        throw new IllegalStateException(
                                "PostgreSQL pid " + orphan.pid() + " still holds " + dataDir, e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + orphan.pid(), e);
                    }
                });
    }

    /**
     * True while another process holds zonky's lock on the directory, i.e. a running app started
     * this PostgreSQL; an orphan left by {@code kill -9} has no such owner.
     */
    public static boolean isInUse(Path dataDir) {
        Path lockFile = dataDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldByThisProcess) {
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot check the lock on " + lockFile + ": " + e.getMessage(), e);
        }
    }

    /** The port of the PostgreSQL running on the directory, from its {@code postmaster.pid}. */
    public static int runningPort(Path dataDir) throws IOException {
        return Integer.parseInt(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim());
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile).stream()
                    .findFirst()
                    .map(String::trim)
                    .map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Unreadable " + pidFile + ": " + e.getMessage(), e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false);
    }
}
