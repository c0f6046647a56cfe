package app.colloquy.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * The connection pool as the app uses it: once the database is known to be unreachable, asking
 * for a connection fails at once instead of waiting the pool's timeout again, so a page or an
 * action that needs several connections (a session check, then the action) says "the database is
 * unreachable" after one wait, not several. The first failed wait of an outage is noted here, for
 * every caller; {@link DatabaseTrouble}'s probe, which goes around this, notices the return.
 */
class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

    private final ObjectProvider<DatabaseTrouble> trouble;

    FailFastDataSource(DataSource pool, ObjectProvider<DatabaseTrouble> trouble) {
        super(pool);
        this.trouble = trouble;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DatabaseTrouble database = trouble.getObject();
        if (database.unreachable()) {
            throw new SQLTransientConnectionException(
                    "The database is unreachable (noted a moment ago); not waiting again");
        }
        try {
            return obtainTargetDataSource().getConnection();
        } catch (SQLException failure) {
            if (DatabaseTrouble.isUnreachable(failure)) {
                database.noteFailure();
            }
            throw failure;
        }
    }

    /** Closes the pool with the application context, as it would be closed without this wrapper. */
    @Override
    public void close() {
        if (obtainTargetDataSource() instanceof HikariDataSource pool) {
            pool.close();
        }
    }

    /** A connection straight from the pool, for the probe that finds out when the database is back. */
    Connection probeConnection() throws SQLException {
        return obtainTargetDataSource().getConnection();
    }

    /** Puts the pool behind a {@link FailFastDataSource} wherever the app and Spring Boot use it. */
    @Component
    static class Wrapping implements BeanPostProcessor {

        private final ObjectProvider<DatabaseTrouble> trouble;

        Wrapping(ObjectProvider<DatabaseTrouble> trouble) {
            this.trouble = trouble;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof HikariDataSource pool ? new FailFastDataSource(pool, trouble) : bean;
        }
    }
}
