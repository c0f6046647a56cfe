package app.colloquy.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Slows down guessing (passwords, join codes) without locking anyone out. Each attempt is reserved
 * before it is checked: one atomic statement in PostgreSQL counts it as a failure and refuses it
 * when the subject (a login name, an account, an address) must still wait, so parallel guesses
 * cannot slip between a check and a count. A successful attempt gives its reservation back.
 * Within a window the first failures are free; after them the wait doubles with each failure up to
 * a ceiling. See docs/decisions/0007-throttling.md for the numbers and why.
 *
 * <p>Each call commits in a short transaction of its own and refuses to run inside the caller's:
 * a request holding one pooled connection while waiting for a second deadlocks the pool when a
 * class joins at once (docs/decisions/0016-no-second-connection.md).
 */
@Component
public class AttemptThrottle {

    /** What is being attempted, with its free failures, first and longest wait, and window. */
    public enum Kind {
        SIGN_IN_LOGIN(5, Duration.ofSeconds(15), Duration.ofMinutes(15), Duration.ofHours(24)),
        SIGN_IN_ADDRESS(100, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15)),
        JOIN_ACCOUNT(10, Duration.ofSeconds(15), Duration.ofMinutes(15), Duration.ofHours(24)),
        JOIN_ADDRESS(100, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15));

        private final int freeFailures;
        private final Duration firstWait;
        private final Duration longestWait;
        private final Duration window;

        Kind(int freeFailures, Duration firstWait, Duration longestWait, Duration window) {
            this.freeFailures = freeFailures;
            this.firstWait = firstWait;
            this.longestWait = longestWait;
            this.window = window;
        }

        public int freeFailures() {
            return freeFailures;
        }

        /** How long the subject waits after its {@code failures}-th failure in the window. */
        public Duration waitAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures, 30);
            Duration wait = firstWait.multipliedBy(1L << doublings);
            return wait.compareTo(longestWait) > 0 ? longestWait : wait;
        }
    }

    private static final String RESERVE = """
            insert into attempt_throttle as t (kind, subject, failures, window_started_at, next_attempt_at)
            values (:kind, :subject, 1, :now, '-infinity')
            on conflict (kind, subject) do update set
                failures = case when t.window_started_at <= :windowStart then 1 else t.failures + 1 end,
                window_started_at = case when t.window_started_at <= :windowStart then :now else t.window_started_at end,
                next_attempt_at = t.next_attempt_at
            where t.next_attempt_at <= :now or t.window_started_at <= :windowStart
            returning failures""";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    AttemptThrottle(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Counts an attempt as a failure before it is checked, or throws {@link TooManyAttemptsException}
     * saying how long to wait. Committed at once.
     */
    public void reserve(Kind kind, String subject) {
        inOwnTransaction(() -> reserveNow(kind, subject));
    }

    private void reserveNow(Kind kind, String subject) {
        Instant now = clock.instant();
        Integer failures = jdbc.sql(RESERVE)
                .param("kind", kind.name())
                .param("subject", subject)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(kind.window)))
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (failures == null) {
            throw new TooManyAttemptsException(waitLeft(kind, subject, now));
        }
        Duration wait = kind.waitAfter(failures);
        // Only a real wait moves the next attempt: "now" differs a little between parallel callers,
        // and one caller's now must never hold up another's attempt among the free ones.
        if (!wait.isZero()) {
            // The same row is locked by the statement above until this transaction commits.
            jdbc.sql("update attempt_throttle set next_attempt_at = :next where kind = :kind and subject = :subject")
                    .param("next", Timestamp.from(now.plus(wait)))
                    .param("kind", kind.name())
                    .param("subject", subject)
                    .update();
        }
    }

    /** The reserved attempt succeeded: it no longer counts as a failure. */
    public void giveBack(Kind kind, String subject) {
        inOwnTransaction(() -> jdbc.sql("""
                        update attempt_throttle set failures = greatest(failures - 1, 0)
                        where kind = :kind and subject = :subject""")
                .param("kind", kind.name())
                .param("subject", subject)
                .update());
    }

    /** Forgets every failure of the subject, e.g. once the owner of a login name proved their password. */
    public void clear(Kind kind, String subject) {
        inOwnTransaction(() -> jdbc.sql("delete from attempt_throttle where kind = :kind and subject = :subject")
                .param("kind", kind.name())
                .param("subject", subject)
                .update());
    }

    private void inOwnTransaction(Runnable work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The throttle commits on its own: call it before the caller's transaction, "
                    + "never inside one (that would hold two pooled connections at once)");
        }
        transactions.executeWithoutResult(status -> work.run());
    }

    private Duration waitLeft(Kind kind, String subject, Instant now) {
        return jdbc.sql("select next_attempt_at from attempt_throttle where kind = :kind and subject = :subject")
                .param("kind", kind.name())
                .param("subject", subject)
                .query(Timestamp.class)
                .optional()
                .map(next -> Duration.between(now, next.toInstant()))
                .filter(wait -> !wait.isNegative())
                .orElse(Duration.ofSeconds(1));
    }
}
