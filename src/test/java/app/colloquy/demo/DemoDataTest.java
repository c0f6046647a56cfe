package app.colloquy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.Application;
import app.colloquy.platform.EmbeddedPostgresLauncher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts the whole app twice on one data directory, as a user restarting it would. */
class DemoDataTest {

    @TempDir
    Path dataDir;

    @Test
    void demoDataIsCreatedOnceAndSurvivesARestartWithoutDuplicates() {
        Map<String, Object> first = startAndDescribe();
        Map<String, Object> second = startAndDescribe();

        assertThat(first.get("accounts")).isEqualTo(List.of("admin", "student1", "student2", "student3", "teacher"));
        assertThat(first.get("classes")).isEqualTo(List.of("Demo class"));
        assertThat(first.get("enrolments")).isEqualTo(List.of("STUDENT", "STUDENT", "STUDENT", "TEACHER"));
        assertThat(first.get("readings")).isEqualTo(List.of("Trump-Putin Meetings: A Detailed Look"));
        assertThat(first.get("lessons"))
                .isEqualTo(List.of(
                        "Examining the Initial Interactions: President Trump Putin Meeting",
                        "The Key Meetings: Syria, Ukraine and Election Interference",
                        "Impacts and Aftermath: International Relations, US Foreign Policy"));
        assertThat((List<?>) first.get("promptsPerLesson"))
                .allSatisfy(n -> assertThat((Long) n).isBetween(2L, 3L));
        assertThat((String) first.get("overview")).startsWith("In this article, we delve into");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void withAnExternalDatabaseNoEmbeddedOneStartsAndDemoDataIsOffByDefault() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgresLauncher.start(dataDir, true);
                ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url="
                                        + EmbeddedPostgresLauncher.ensureDatabase(external, "external"),
                                "--spring.datasource.username=" + EmbeddedPostgresLauncher.USER,
                                "--spring.datasource.password=" + EmbeddedPostgresLauncher.password(dataDir))) {
            assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            JdbcClient db = app.getBean(JdbcClient.class);
            assertThat(db.sql("select current_database()").query(String.class).single())
                    .isEqualTo("external");
            assertThat(db.sql("select count(*) from account").query(Long.class).single())
                    .isZero();
        }
    }

    private Map<String, Object> startAndDescribe() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--colloquy.embedded-postgres.data-directory=" + dataDir)) {
            JdbcClient db = app.getBean(JdbcClient.class);
            return Map.of(
                    "accounts",
                            db.sql("select login_name from account order by 1")
                                    .query(String.class)
                                    .list(),
                    "classes",
                            db.sql("select name from classroom order by 1")
                                    .query(String.class)
                                    .list(),
                    "enrolments",
                            db.sql("select role from enrolment order by 1")
                                    .query(String.class)
                                    .list(),
                    "readings",
                            db.sql("select title from reading")
                                    .query(String.class)
                                    .list(),
                    "overview",
                            db.sql("select overview from reading")
                                    .query(String.class)
                                    .single(),
                    "lessons",
                            db.sql("select title from lesson order by position")
                                    .query(String.class)
                                    .list(),
                    "promptsPerLesson",
                            db.sql("select count(p.id) from lesson l left join prompt p on p.lesson_id = l.id "
                                            + "group by l.id, l.position order by l.position")
                                    .query(Long.class)
                                    .list());
        }
    }
}
