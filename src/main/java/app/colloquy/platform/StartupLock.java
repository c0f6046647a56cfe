package app.colloquy.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A PostgreSQL advisory lock held until the current transaction ends, so that start-up work
 * (demo data) runs once even when several app nodes start together on one database.
 */
@Component
public class StartupLock {

    private final JdbcClient jdbc;

    StartupLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Blocks until this transaction holds the lock named {@code name}. */
    public void lockForTransaction(String name) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:name))")
                .param("name", name)
                .query()
                .singleRow();
    }
}
