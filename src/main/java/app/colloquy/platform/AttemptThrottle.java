package app.colloquy.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing (passwords, join codes): after too many failures within a window from one
 * subject (a login name, an account, an address), further attempts are refused until the window
 * has passed. Failures live in PostgreSQL so every app node sees them.
 */
@Component
public class AttemptThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** What is being attempted, and how many failures per subject the window allows. */
    public enum Kind {
        SIGN_IN_LOGIN(5), SIGN_IN_ADDRESS(50), JOIN_ACCOUNT(10), JOIN_ADDRESS(50);

        final int allowedFailures;

        Kind(int allowedFailures) {
            this.allowedFailures = allowedFailures;
        }

        public int allowedFailures() {
            return allowedFailures;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AttemptThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isBlocked(Kind kind, String subject) {
        long failures = jdbc.sql("""
                        select count(*) from failed_attempt
                        where kind = :kind and subject = :subject and attempted_at > :since""")
                .param("kind", kind.name())
                .param("subject", subject)
                .param("since", Timestamp.from(clock.instant().minus(WINDOW)))
                .query(Long.class).single();
        return failures >= kind.allowedFailures;
    }

    /** Throws when the subject is blocked; for checks before an attempt. */
    public void check(Kind kind, String subject) {
        if (isBlocked(kind, subject)) {
            throw new TooManyAttemptsException();
        }
    }

    /** Records a failure; kept even when the caller's transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(Kind kind, String subject) {
        Instant now = clock.instant();
        jdbc.sql("delete from failed_attempt where kind = :kind and subject = :subject and attempted_at <= :before")
                .param("kind", kind.name()).param("subject", subject)
                .param("before", Timestamp.from(now.minus(WINDOW))).update();
        jdbc.sql("insert into failed_attempt (kind, subject, attempted_at) values (:kind, :subject, :at)")
                .param("kind", kind.name()).param("subject", subject).param("at", Timestamp.from(now)).update();
    }

    @Transactional
    public void clear(Kind kind, String subject) {
        jdbc.sql("delete from failed_attempt where kind = :kind and subject = :subject")
                .param("kind", kind.name()).param("subject", subject).update();
    }
}
