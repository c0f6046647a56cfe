package app.colloquy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.Application;
import app.colloquy.account.NewAccount;
import app.colloquy.account.SignedInUser;
import app.colloquy.account.SystemActor;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.TestAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app is killed with {@code kill -9} in the middle of a burst of writes (students joining, a
 * teacher adding prompts), and its database stops at the same instant without a checkpoint
 * (PostgreSQL's immediate shutdown, which leaves the data as a crash would and replays the WAL
 * on the next start): after a restart, every write that had been answered with success is there.
 */
class AcknowledgedWritesSurviveKillTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedWriteIsThereAfterTheAppAndDatabaseWereKilled() throws Exception {
        Process app = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        BurstOfWrites.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        List<String> acknowledged = new ArrayList<>();
        List<String> said = new ArrayList<>();
        try (var out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine();
                    line != null && acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL;
                    line = out.readLine()) {
                if (line.startsWith(BurstOfWrites.ACKNOWLEDGED)) {
                    acknowledged.add(line.substring(BurstOfWrites.ACKNOWLEDGED.length()));
                } else {
                    said.add(line);
                }
            }
            assertThat(acknowledged).as("the app's output: %s", said).hasSize(ACKNOWLEDGED_BEFORE_KILL);
            killHard(app);
        }

        try (EmbeddedPostgres restarted = EmbeddedPostgresLauncher.start(dataDir, false)) {
            JdbcClient db = JdbcClient.create(
                    restarted.getDatabase(EmbeddedPostgresLauncher.USER, EmbeddedPostgresLauncher.DATABASE));
            List<String> stored = db.sql(
                            "select 'join ' || login_name from account union all select 'prompt ' || question from prompt")
                    .query(String.class)
                    .list();
            assertThat(stored).containsAll(acknowledged);
        }
    }

    /**
     * SIGKILL for the app's JVM and SIGQUIT (immediate shutdown) for PostgreSQL. A SIGKILL for
     * PostgreSQL would do the same to its data, but on machines whose init does not reap orphans
     * the dead postmaster's pid stays taken and blocks the restart.
     */
    private void killHard(Process app) throws Exception {
        long postmaster = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
        new ProcessBuilder("kill", "-KILL", String.valueOf(app.pid())).start().waitFor(10, TimeUnit.SECONDS);
        new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster)).start().waitFor(10, TimeUnit.SECONDS);
        app.waitFor(30, TimeUnit.SECONDS);
        for (int i = 0; i < 300 && Files.exists(dataDir.resolve("postmaster.pid")); i++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** Stands in for the app under load: writes through the services, saying each time one succeeded. */
    static final class BurstOfWrites {
        static final String ACKNOWLEDGED = "ACKNOWLEDGED ";

        public static void main(String[] args) {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                    .run(
                            "--server.port=0",
                            "--colloquy.embedded-postgres.data-directory=" + args[0],
                            "--colloquy.demo-data=true",
                            "--logging.level.root=warn");
            ClassroomService classrooms = app.getBean(ClassroomService.class);
            LibraryService library = app.getBean(LibraryService.class);
            ReadingService readings = app.getBean(ReadingService.class);
            SignedInUser teacher =
                    SignedInUser.of(app.getBean(TestAccounts.class).find("teacher"));
            long classId = SystemActor.callAs(
                    teacher, () -> classrooms.myClasses().getFirst().id());
            String code = SystemActor.callAs(
                    teacher, () -> classrooms.joinSettings(classId).joinCode());
            long lessonId = SystemActor.callAs(teacher, () -> readings.assignmentsForClass(classId))
                    .getFirst()
                    .lessons()
                    .getFirst()
                    .lessonId();
            for (int i = 0; ; i++) {
                String login = "burst-student-" + i;
                classrooms.joinAsNewStudent(
                        code,
                        new NewAccount(login, "Burst " + i, TestAccounts.PASSWORD),
                        "10.0." + (i / 250) + "." + (i % 250));
                say("join " + login);
                String question = "Burst question " + i + "?";
                SystemActor.callAs(teacher, () -> {
                    library.addPrompt(lessonId, question, false);
                    return null;
                });
                say("prompt " + question);
            }
        }

        private static void say(String write) {
            System.out.println(ACKNOWLEDGED + write);
            System.out.flush();
        }
    }
}
