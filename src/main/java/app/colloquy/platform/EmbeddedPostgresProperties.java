package app.colloquy.platform;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. The default is a per-user folder that survives
 * restarts and upgrades; {@code deleteOnClose} exists for throwaway test databases only.
 */
@ConfigurationProperties("colloquy.embedded-postgres")
public record EmbeddedPostgresProperties(@Nullable String dataDirectory, boolean deleteOnClose) {

    public Path resolvedDataDirectory() {
        if (dataDirectory != null && !dataDirectory.isBlank()) {
            return Path.of(dataDirectory).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("colloquy").resolve("pgdata");
    }
}
