package app.colloquy.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.platform.EmbeddedPostgresLauncher;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin backs up the running app's embedded database with one command and restores it into a
 * fresh data directory: every row of every table is there, and new rows get new ids.
 */
@IntegrationTest
class BackupCommandTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LibraryService library;

    @Autowired
    ReadingService readings;

    @TempDir
    Path temp;

    @Test
    void aBackupOfTheRunningAppRestoresIntoAFreshDataDirectoryWithEveryRow() throws Exception {
        Account teacher = accounts.createTeacher("backed-up");
        Account student = accounts.create("backed-up-student");
        long classId = accounts.createClass(teacher, "Backed-up class", student);
        accounts.as(
                teacher,
                () -> readings.assign(
                        classId,
                        library.importReading(new NewReading(
                                "Quoted “text”, with\nlines",
                                "Source, \"quoted\"",
                                "",
                                List.of(new NewReading.NewLesson(
                                        "Lesson", "Body,\n\nwith \"quotes\" and 🦉.", List.of("Why?"))))),
                        null,
                        null));
        Path runningData =
                Path.of(jdbc.sql("show data_directory").query(String.class).single());
        Path backup = temp.resolve("school.colloquy-backup");
        Path restoredData = temp.resolve("restored-pgdata");

        assertThat(BackupCommand.run(
                        new String[] {"--backup=" + backup, "--colloquy.embedded-postgres.data-directory=" + runningData
                        }))
                .isZero();
        assertThat(BackupCommand.run(new String[] {
                    "--restore=" + backup, "--colloquy.embedded-postgres.data-directory=" + restoredData
                }))
                .isZero();

        Map<String, List<String>> original = everyRow(jdbc);
        try (EmbeddedPostgres restored = EmbeddedPostgresLauncher.start(restoredData, false)) {
            JdbcClient restoredDb = JdbcClient.create(
                    restored.getDatabase(EmbeddedPostgresLauncher.USER, EmbeddedPostgresLauncher.DATABASE));
            Map<String, List<String>> copy = everyRow(restoredDb);
            assertThat(copy.keySet()).isEqualTo(original.keySet());
            original.forEach(
                    (table, rows) -> assertThat(copy.get(table)).as(table).isEqualTo(rows));
            assertThat(schemaVersions(restoredDb)).isEqualTo(schemaVersions(jdbc));
            assertThat(copy.get("account")).anySatisfy(row -> assertThat(row).contains(teacher.loginName()));
            long nextId = restoredDb
                    .sql("insert into classroom (name, join_code) values ('After restore', 'ZZZZ2345') returning id")
                    .query(Long.class)
                    .single();
            assertThat(nextId).as("identities continue after the restored ids").isGreaterThan(classId);
        }
    }

    @Test
    void aBackupIsReadableByItsOwnerOnlyAndNeverReplacesSomeoneElsesFile() throws Exception {
        String dataDir = "--colloquy.embedded-postgres.data-directory="
                + jdbc.sql("show data_directory").query(String.class).single();
        Path backup = temp.resolve("school.zip");

        assertThat(BackupCommand.run(new String[] {"--backup=" + backup, dataDir}))
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                .isEqualTo("rw-------");
        assertThat(BackupCommand.run(new String[] {"--backup=" + backup, dataDir}))
                .as("our own earlier backup is replaced")
                .isZero();

        Path elsewhere = Files.writeString(temp.resolve("notes.txt"), "keep me");
        Path link = Files.createSymbolicLink(temp.resolve("link.zip"), elsewhere);
        assertThat(BackupCommand.run(new String[] {"--backup=" + link, dataDir}))
                .isEqualTo(1);
        assertThat(Files.readString(elsewhere)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(link)).isTrue();

        Path theirs = Files.writeString(temp.resolve("theirs.zip"), "their file");
        UserPrincipal nobody =
                theirs.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Assumptions.assumeTrue(canChown(theirs, nobody), "changing a file's owner needs root");
        assertThat(BackupCommand.run(new String[] {"--backup=" + theirs, dataDir}))
                .isEqualTo(1);
        assertThat(Files.readString(theirs)).isEqualTo("their file");
    }

    private static boolean canChown(Path file, UserPrincipal owner) {
        try {
            Files.setOwner(file, owner);
            return true;
        } catch (IOException notAllowed) {
            return false;
        }
    }

    @Test
    void aRestoreNeverOverwritesADatabaseThatHoldsData() throws Exception {
        Path runningData =
                Path.of(jdbc.sql("show data_directory").query(String.class).single());
        Path backup = temp.resolve("school.colloquy-backup");
        Path target = temp.resolve("target-pgdata");
        assertThat(BackupCommand.run(
                        new String[] {"--backup=" + backup, "--colloquy.embedded-postgres.data-directory=" + runningData
                        }))
                .isZero();
        assertThat(BackupCommand.run(
                        new String[] {"--restore=" + backup, "--colloquy.embedded-postgres.data-directory=" + target}))
                .isZero();

        assertThat(BackupCommand.run(
                        new String[] {"--restore=" + backup, "--colloquy.embedded-postgres.data-directory=" + target}))
                .as("a second restore")
                .isEqualTo(1);
        assertThat(BackupCommand.run(new String[] {
                    "--restore=" + backup, "--colloquy.embedded-postgres.data-directory=" + runningData
                }))
                .as("under the running app")
                .isEqualTo(1);
        assertThat(Files.list(temp).map(p -> p.getFileName().toString()))
                .doesNotContain("school.colloquy-backup.partial");
    }

    private static List<String> schemaVersions(JdbcClient db) {
        return db.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class)
                .list();
    }

    /** Every table's rows as JSON text, sorted, so two databases can be compared whole (migration history apart). */
    private static Map<String, List<String>> everyRow(JdbcClient db) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        db.sql("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
                        order by table_name""")
                .query(String.class)
                .list()
                .forEach(table -> rows.put(
                        table,
                        db.sql("select row_to_json(t)::text as j from " + table + " t order by j")
                                .query(String.class)
                                .list()));
        return rows;
    }
}
