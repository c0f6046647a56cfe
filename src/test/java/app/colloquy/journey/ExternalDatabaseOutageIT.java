package app.colloquy.journey;

import app.colloquy.platform.EmbeddedPostgresLauncher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outage journey with an external PostgreSQL (configured through {@code spring.datasource.*},
 * so the app starts no database of its own): here a separate PostgreSQL server on this machine.
 */
class ExternalDatabaseOutageIT extends DatabaseOutageTestCase {

    private static EmbeddedPostgres external;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dataDirectory = Files.createTempDirectory("colloquy-external-db");
        external = EmbeddedPostgresLauncher.start(dataDirectory, true);
        String url = EmbeddedPostgresLauncher.ensureDatabase(external, "school");
        String password = EmbeddedPostgresLauncher.password(dataDirectory);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresLauncher.USER);
        registry.add("spring.datasource.password", () -> password);
        registry.add("colloquy.demo-data", () -> "true");
    }

    @AfterAll
    static void stopExternalDatabase() throws IOException {
        external.close();
    }
}
