package app.colloquy.lti;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.platform.DatabaseTrouble;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.MovableClock;
import app.colloquy.testsupport.TestAccounts;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every page's headers name the sites that may frame it, read from the database: when the database
 * goes away the pages keep the sites last read (and show the outage message) rather than fail.
 */
@IntegrationTest
class LtiFramingOriginsTest {

    @Autowired
    DataSource database;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LtiFramingOrigins framing;

    @Autowired
    PlatformTransactionManager transactions;

    /** The real database, or one that refuses connections (nothing listens on port 9). */
    static final class Switchable extends AbstractDataSource {
        private final DataSource reachable;
        private final DataSource unreachable = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:9/colloquy");
        volatile boolean down;

        Switchable(DataSource reachable) {
            this.reachable = reachable;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return (down ? unreachable : reachable).getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }

    @Test
    void whileTheDatabaseIsUnreachableTheSitesLastReadStayInForce() {
        String site = "https://lms-" + UUID.randomUUID().toString().substring(0, 8) + ".example.edu";
        Account admin = accounts.createAdmin("framing-admin");
        LtiPlatform registered = accounts.as(
                admin,
                () -> platforms.register(new NewLtiPlatform(
                        "School LMS", site, "client-1", site + "/auth", site + "/keys", "", "deployment-1")));
        Switchable source = new Switchable(database);
        MovableClock clock = new MovableClock();
        DatabaseTrouble trouble = new DatabaseTrouble(
                clock, new StaticListableBeanFactory(Map.of("dataSource", source)).getBeanProvider(DataSource.class));
        LtiFramingOrigins framing = new LtiFramingOrigins(new LtiRepository(JdbcClient.create(source)), clock, trouble);

        List<String> read = framing.origins();
        assertThat(read).contains(site);

        source.down = true;
        clock.advance(Duration.ofMinutes(1));
        assertThat(framing.origins()).as("the sites last read").isEqualTo(read);
        assertThat(trouble.unreachable())
                .as("the outage is noted, to be told to users")
                .isTrue();
        framing.forget();
        assertThat(framing.origins())
                .as("a registration changed meanwhile: still the last sites known")
                .isEqualTo(read);

        source.down = false;
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !trouble.unreachable());
        accounts.as(admin, () -> {
            platforms.remove(registered.id());
            return registered;
        });
        clock.advance(Duration.ofMinutes(1));
        assertThat(framing.origins()).as("read again once the database is back").doesNotContain(site);
    }

    /** A page served while a registration is being saved reads the old sites; they must not stay. */
    @Test
    void aRegistrationReachesTheHeadersOnceSavedEvenIfAPageReadTheSitesMeanwhile() {
        String site = "https://lms-" + UUID.randomUUID().toString().substring(0, 8) + ".example.edu";
        Account admin = accounts.createAdmin("framing-admin-2");

        new TransactionTemplate(transactions).executeWithoutResult(saving -> {
            accounts.as(
                    admin,
                    () -> platforms.register(new NewLtiPlatform(
                            "School LMS", site, "client-2", site + "/auth", site + "/keys", "", "deployment-2")));
            List<String> meanwhile =
                    CompletableFuture.supplyAsync(framing::origins).join();
            assertThat(meanwhile).as("another request, before the commit").doesNotContain(site);
        });

        assertThat(framing.origins()).as("the next page after the commit").contains(site);
    }
}
