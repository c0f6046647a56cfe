package app.colloquy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.Application;
import app.colloquy.testsupport.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@IntegrationTest
class MigrationsTest {

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JdbcConnectionDetails database;

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() {
        String url = EmbeddedPostgresLauncher.ensureDatabase(postgres, "empty_" + suffix());
        Flyway flyway = Flyway.configure()
                .dataSource(url, EmbeddedPostgresLauncher.USER, database.getPassword())
                .locations("classpath:db/migration")
                .load();

        flyway.migrate();

        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied())
                .isNotEmpty()
                .allMatch(m -> m.getState().isApplied());
        assertThat(tables(url))
                .contains("account", "classroom", "enrolment", "reading", "lesson", "prompt", "assignment");
    }

    @Test
    void aFailingMigrationStopsStartUpAndLeavesNoHalfMigratedSchema() {
        String url = EmbeddedPostgresLauncher.ensureDatabase(postgres, "broken_" + suffix());
        SpringApplicationBuilder app = new SpringApplicationBuilder(Application.class);

        assertThatThrownBy(() -> app.run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + EmbeddedPostgresLauncher.USER,
                        "--spring.datasource.password=" + database.getPassword(),
                        "--spring.flyway.locations=classpath:db/migration,classpath:db/broken-migration"))
                .hasRootCauseMessage(rootCauseOfBrokenMigration(url));
        assertThat(tables(url)).doesNotContain("half_migrated");
        List<MigrationInfo> applied = List.of(Flyway.configure()
                .dataSource(url, EmbeddedPostgresLauncher.USER, database.getPassword())
                .locations("classpath:db/migration")
                .load()
                .info()
                .applied());
        assertThat(applied)
                .noneMatch(m -> m.getVersion().getVersion().equals("900")
                        && m.getState().isApplied()
                        && !m.getState().isFailed());
    }

    /** The exact message PostgreSQL gives for the broken statement, to compare start-up's failure to. */
    private String rootCauseOfBrokenMigration(String url) {
        try {
            JdbcClient.create(new DriverManagerDataSource(url, EmbeddedPostgresLauncher.USER, database.getPassword()))
                    .sql("select * from table_that_does_not_exist")
                    .query()
                    .listOfRows();
            throw new AssertionError("the broken statement unexpectedly worked");
        } catch (BadSqlGrammarException e) {
            return e.getMostSpecificCause().getMessage();
        }
    }

    private List<String> tables(String url) {
        return JdbcClient.create(
                        new DriverManagerDataSource(url, EmbeddedPostgresLauncher.USER, database.getPassword()))
                .sql("select table_name from information_schema.tables where table_schema = 'public'")
                .query(String.class)
                .list();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
