package app.colloquy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedPostgresLauncherTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndDurabilitySettingsAreOn() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgresLauncher.start(dataDir, false)) {
            JdbcClient.create(first.getPostgresDatabase())
                    .sql("create table kept (v text); insert into kept values ('saved')")
                    .update();
        }
        try (EmbeddedPostgres second = EmbeddedPostgresLauncher.start(dataDir, false)) {
            JdbcClient db = JdbcClient.create(second.getPostgresDatabase());
            assertThat(db.sql("select v from kept").query(String.class).single())
                    .isEqualTo("saved");
            assertThat(db.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(db.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
        }
    }

    @Test
    void everyConnectionNeedsThePasswordKeptInAnOwnerOnlyFile() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(dataDir, false)) {
            String url = postgres.getJdbcUrl(EmbeddedPostgresLauncher.USER, "postgres");
            assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedPostgresLauncher.USER, "")
                            .close())
                    .as("no password")
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedPostgresLauncher.USER, "guess")
                            .close())
                    .as("a wrong password")
                    .hasMessageContaining("password authentication failed");
            DriverManager.getConnection(url, EmbeddedPostgresLauncher.USER, EmbeddedPostgresLauncher.password(dataDir))
                    .close();
        }
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dataDir.resolve("colloquy-db-password"))))
                .isEqualTo("rw-------");
        try (EmbeddedPostgres restarted = EmbeddedPostgresLauncher.start(dataDir, false)) {
            assertThat(JdbcClient.create(restarted.getPostgresDatabase())
                            .sql("select 1")
                            .query(Integer.class)
                            .single())
                    .as("the app itself connects after a restart")
                    .isEqualTo(1);
        }
    }

    @Test
    void aSecondStartOnADirectoryInUseIsRefusedAndLeavesTheRunningDatabaseAlone() throws Exception {
        try (EmbeddedPostgres running = EmbeddedPostgresLauncher.start(dataDir, false)) {
            assertThatThrownBy(() -> EmbeddedPostgresLauncher.start(dataDir, false))
                    .hasMessageContaining("Another Colloquy is running on");
            assertThat(JdbcClient.create(running.getPostgresDatabase())
                            .sql("select 1")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    /** The app killed with kill -9 leaves its postmaster running; the next start must take over cleanly. */
    @Test
    void startsAgainAfterThePreviousRunWasKilledHard() throws Exception {
        Process previousRun = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        RunUntilKilled.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (var out =
                new BufferedReader(new InputStreamReader(previousRun.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(RunUntilKilled.READY)) {
                // skip the child's start-up log until it has written its data
            }
        }
        previousRun.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphanPid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
                .as("postmaster outlives kill -9")
                .contains(true);

        try (EmbeddedPostgres restarted = EmbeddedPostgresLauncher.start(dataDir, false)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(JdbcClient.create(restarted.getPostgresDatabase())
                            .sql("select v from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("saved");
        }
    }

    /** Stands in for the app: starts the database, writes, says so, and waits to be killed. */
    static final class RunUntilKilled {
        static final String READY = "READY";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(Path.of(args[0]), false);
            JdbcClient.create(postgres.getPostgresDatabase())
                    .sql("create table kept (v text); insert into kept values ('saved')")
                    .update();
            System.out.println(READY);
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
