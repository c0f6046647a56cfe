package app.colloquy.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL inside the app when no {@code spring.datasource.url} is configured,
 * so a fresh clone runs with one command. Hikari and Flyway then connect to it exactly as they
 * would to an external server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDir = properties.resolvedDataDirectory();
        log.info("Embedded PostgreSQL data directory: {}", dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(dataDir, properties.deleteOnClose());
        log.info(
                "Embedded PostgreSQL listens on localhost:{} (user {}, password in {})",
                postgres.getPort(),
                EmbeddedPostgresLauncher.USER,
                dataDir.resolve("colloquy-db-password"));
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties)
            throws IOException {
        String url = EmbeddedPostgresLauncher.ensureDatabase(postgres, EmbeddedPostgresLauncher.DATABASE);
        String password = EmbeddedPostgresLauncher.password(properties.resolvedDataDirectory());
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return EmbeddedPostgresLauncher.USER;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    /** True when no external database is configured. */
    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
