package app.colloquy.platform.backup;

import app.colloquy.platform.EmbeddedPostgresLauncher;
import app.colloquy.platform.EmbeddedPostgresProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code java -jar colloquy.jar --backup=FILE} and {@code --restore=FILE}: backs up the school's
 * database (the embedded one, also while the app runs, or the one {@code SPRING_DATASOURCE_URL}
 * names) and restores a backup into an empty database (a new data directory, or an empty external
 * database) with the app stopped. Runs without the web app and exits.
 */
public final class BackupCommand {

    private static final String BACKUP = "backup";
    private static final String RESTORE = "restore";

    /** Where to connect, and how. */
    record Target(String url, String user, String password) {}

    private BackupCommand() {}

    public static boolean requested(String[] args) {
        Map<String, String> options = options(args);
        return options.containsKey(BACKUP) || options.containsKey(RESTORE);
    }

    /** Runs the command; returns the process's exit status, after saying what happened. */
    public static int run(String[] args) {
        quietLogs();
        Map<String, String> options = options(args);
        try {
            if (options.containsKey(BACKUP)) {
                Path file = Path.of(options.get(BACKUP)).toAbsolutePath();
                DatabaseBackup.Manifest manifest = withDatabase(options, false, target -> backup(target, file));
                System.out.printf(
                        "Backed up %d tables (schema version %s) to %s%n",
                        manifest.tables().size(), manifest.schemaVersion(), file);
            } else {
                Path file = Path.of(options.get(RESTORE)).toAbsolutePath();
                DatabaseBackup.Manifest manifest = withDatabase(options, true, target -> restore(target, file));
                System.out.printf(
                        "Restored %d tables (schema version %s, backed up %s) from %s%n",
                        manifest.tables().size(), manifest.schemaVersion(), manifest.createdAt(), file);
            }
            return 0;
        } catch (Exception e) {
            System.err.println((options.containsKey(BACKUP) ? "Backup" : "Restore") + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** The command says what it did in one line; the embedded database's own start-up chatter is not wanted. */
    private static void quietLogs() {
        LoggingSystem.get(BackupCommand.class.getClassLoader()).setLogLevel("io.zonky", LogLevel.WARN);
    }

    /**
     * Writes the backup to a new temporary file first, so a failed run never leaves half a backup
     * under FILE. The backup holds every password hash and private note: it is created readable
     * by its owner only (0600), and never replaces a file that another user owns or that is not a
     * plain file (docs/decisions/0010-operations.md).
     */
    static DatabaseBackup.Manifest backup(Target target, Path file) throws Exception {
        refuseForeign(file);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.createFile(partial, ownerOnly());
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
                OutputStream out =
                        Files.newOutputStream(partial, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            DatabaseBackup.Manifest manifest = DatabaseBackup.write(connection, out);
            out.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void refuseForeign(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        boolean plainFile = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal me = file.getFileSystem()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        if (!plainFile || !Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).equals(me)) {
            throw new IOException(file + " exists and is not a plain file of yours: choose another name");
        }
    }

    /** Owner read and write only, where the file system knows POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }

    /**
     * Migrates the empty database to the backup's schema version, loads every table in one
     * transaction and lets identities continue after the restored ids. A newer app migrates further
     * on its next start.
     */
    static DatabaseBackup.Manifest restore(Target target, Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
                InputStream in = Files.newInputStream(file)) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            requireEmpty(jdbc);
            DatabaseBackup.Manifest manifest = DatabaseBackup.read(
                    in,
                    m -> {
                        Flyway.configure()
                                .dataSource(target.url(), target.user(), target.password())
                                .locations("classpath:db/migration")
                                .target(MigrationVersion.fromVersion(m.schemaVersion()))
                                .load()
                                .migrate();
                        // Rows the migrations seed (instance settings) come from the backup instead.
                        jdbc.sql("truncate table "
                                        + String.join(", ", m.tables().keySet()))
                                .update();
                    },
                    (table, columns, rows) -> {
                        if (connection.getAutoCommit()) {
                            connection.setAutoCommit(false);
                        }
                        DatabaseBackup.copyIn(connection, table, columns, rows);
                    });
            DatabaseBackup.resetIdentities(jdbc);
            connection.commit();
            return manifest;
        }
    }

    private static void requireEmpty(JdbcClient jdbc) {
        boolean hasAccounts = jdbc.sql("select to_regclass('public.account') is not null")
                        .query(Boolean.class)
                        .single()
                && jdbc.sql("select exists (select 1 from account)")
                        .query(Boolean.class)
                        .single();
        if (hasAccounts) {
            throw new IllegalStateException("The database already holds data. Restore into a new data directory "
                    + "(--colloquy.embedded-postgres.data-directory=...) or an empty database.");
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Target target) throws Exception;
    }

    /**
     * The database the app would use: an external one when a datasource URL is given; otherwise the
     * embedded one, reached on its port while the app runs (backups only) or started for the task.
     */
    static <T> T withDatabase(Map<String, String> options, boolean restoring, Work<T> work) throws Exception {
        String url = option(options, "spring.datasource.url");
        if (url != null && !url.isBlank()) {
            return work.run(new Target(
                    url, option(options, "spring.datasource.username"), option(options, "spring.datasource.password")));
        }
        Path dataDir = new EmbeddedPostgresProperties(options.get("colloquy.embedded-postgres.data-directory"), false)
                .resolvedDataDirectory();
        if (EmbeddedPostgresLauncher.isInUse(dataDir)) {
            if (restoring) {
                throw new IllegalStateException("Colloquy is running on " + dataDir + ". Stop it before restoring.");
            }
            return work.run(new Target(
                    "jdbc:postgresql://localhost:" + EmbeddedPostgresLauncher.runningPort(dataDir) + "/"
                            + EmbeddedPostgresLauncher.DATABASE,
                    EmbeddedPostgresLauncher.USER,
                    EmbeddedPostgresLauncher.password(dataDir)));
        }
        if (!restoring && !Files.exists(dataDir.resolve("PG_VERSION"))) {
            throw new IllegalStateException("There is no Colloquy database in " + dataDir);
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(dataDir, false)) {
            String embeddedUrl = EmbeddedPostgresLauncher.ensureDatabase(postgres, EmbeddedPostgresLauncher.DATABASE);
            return work.run(
                    new Target(embeddedUrl, EmbeddedPostgresLauncher.USER, EmbeddedPostgresLauncher.password(dataDir)));
        }
    }

    /** A {@code --key=value} argument, else the environment variable Spring would read (SPRING_DATASOURCE_URL). */
    private static String option(Map<String, String> options, String key) {
        return options.getOrDefault(key, System.getenv(key.toUpperCase().replace('.', '_')));
    }

    private static Map<String, String> options(String[] args) {
        return Arrays.stream(args)
                .filter(a -> a.startsWith("--") && a.contains("="))
                .collect(Collectors.toMap(
                        a -> a.substring(2, a.indexOf('=')),
                        a -> a.substring(a.indexOf('=') + 1),
                        (first, second) -> second));
    }
}
