package app.colloquy.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises "the database cannot be reached" among failures, however Spring, the pool and the
 * driver wrapped it, so every screen can say the same plain thing instead of showing an error.
 * It also remembers a recent failure for a few seconds, so best-effort work on each request
 * (session checks, noting activity) skips the database instead of waiting for it again, and a
 * page answers after one wait for the pool, not several; meanwhile {@link FailFastDataSource}
 * refuses connections at once. During an outage a probe asks the database every second, so its
 * return is noticed (and logged) at once.
 */
@Component
public class DatabaseTrouble {

    public static final String MESSAGE =
            "Colloquy cannot reach its database right now. Nothing you saved is lost; try again in a minute.";
    private static final Duration REMEMBERED = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(DatabaseTrouble.class);
    private final Clock clock;
    private final AtomicReference<Instant> lastFailure = new AtomicReference<>(Instant.MIN);
    private final AtomicBoolean unreachable = new AtomicBoolean();
    private final ObjectProvider<DataSource> dataSource;

    public DatabaseTrouble(Clock clock, ObjectProvider<DataSource> dataSource) {
        this.clock = clock;
        this.dataSource = dataSource;
    }

    /** Notes that the database could not be reached just now; the first failure of an outage is logged. */
    public void noteFailure() {
        lastFailure.set(clock.instant());
        if (unreachable.compareAndSet(false, true)) {
            log.warn("The database cannot be reached; users are told so until it is back");
            Thread.ofVirtual().name("database-probe").start(this::probeUntilBack);
        }
    }

    /** Notes that the database answered; the end of an outage is logged. */
    public void noteSuccess() {
        if (unreachable.compareAndSet(true, false)) {
            lastFailure.set(Instant.MIN);
            log.info("The database is reachable again");
        }
    }

    /** True from the first failed wait of an outage until the database answers again. */
    public boolean unreachable() {
        return unreachable.get();
    }

    private void probeUntilBack() {
        while (unreachable.get()) {
            try {
                TimeUnit.SECONDS.sleep(1);
                if (answers()) {
                    noteSuccess();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException stillDown) {
                // Still unreachable: try again in a second.
            }
        }
    }

    /** Asks the database itself, around the fail-fast gate that is closed during an outage. */
    private boolean answers() throws SQLException {
        DataSource pool = dataSource.getObject();
        try (Connection connection = pool.isWrapperFor(FailFastDataSource.class)
                ? pool.unwrap(FailFastDataSource.class).probeConnection()
                : pool.getConnection()) {
            return connection.isValid(1);
        }
    }

    /**
     * Best-effort work done on every request (session checks, noting activity, page headers): skipped
     * while the database is known to be unreachable, and {@code meanwhile} instead of a failure when
     * it turns out to be; the page itself then says what is wrong. Other failures are thrown.
     */
    public <T> T unlessUnreachable(Supplier<T> work, Supplier<T> meanwhile) {
        if (recentlyFailed()) {
            return meanwhile.get();
        }
        try {
            T result = work.get();
            noteSuccess();
            return result;
        } catch (RuntimeException failure) {
            if (noteIfCause(failure)) {
                return meanwhile.get();
            }
            throw failure;
        }
    }

    /** True within a few seconds after a noted failure. */
    public boolean recentlyFailed() {
        return Objects.requireNonNull(lastFailure.get()).isAfter(clock.instant().minus(REMEMBERED));
    }

    /** The failure is the database being unreachable: notes it and says so. */
    public boolean noteIfCause(Throwable failure) {
        boolean cause = isCause(failure);
        if (cause) {
            noteFailure();
        }
        return cause;
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A rollback on a connection the outage closed hides what failed first (Hikari's closed
            // connection says so without a SQLSTATE): look at that.
            if (t instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && isCause(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A connection the pool could not hand out because the database could not be reached, as
     * opposed to every connection being busy for a moment (no cause then): only the first is an outage.
     */
    static boolean isUnreachable(SQLException failure) {
        return failure.getCause() != null ? isCause(failure.getCause()) : isConnectionState(failure.getSQLState());
    }

    /** SQLSTATE class 08 (connection exception) and 57P (the server is shutting down or restarting). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
