package app.colloquy.account;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Browsers where an account signed in before, by the hash of the token their cookie holds. */
@Repository
class TrustedDeviceRepository {

    private final JdbcClient jdbc;

    TrustedDeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reserves a sign-in attempt on a trusted browser: counts it as a failure at once, in one
     * statement, unless the browser already used up its failures. False: not trusted (any more).
     */
    boolean reserveAttempt(String tokenHash, long accountId, int allowedFailures, Instant now) {
        return jdbc.sql("""
                        update trusted_device set failures = failures + 1, last_used_at = :now
                        where token_hash = :hash and account_id = :account and failures < :allowed""")
                        .param("hash", tokenHash)
                        .param("account", accountId)
                        .param("allowed", allowedFailures)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Trusts the browser for the account (again), with no failures. */
    void trust(String tokenHash, long accountId, Instant now) {
        jdbc.sql("""
                        insert into trusted_device (token_hash, account_id, failures, last_used_at)
                        values (:hash, :account, 0, :now)
                        on conflict (token_hash, account_id) do update set failures = 0, last_used_at = :now""")
                .param("hash", tokenHash)
                .param("account", accountId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Forgets browsers unused since {@code before}. */
    void forgetUnusedSince(long accountId, Instant before) {
        jdbc.sql("delete from trusted_device where account_id = :account and last_used_at < :before")
                .param("account", accountId)
                .param("before", Timestamp.from(before))
                .update();
    }

    /** After a password change or reset no browser is trusted for the account any more. */
    void forgetAll(long accountId) {
        jdbc.sql("delete from trusted_device where account_id = :account")
                .param("account", accountId)
                .update();
    }
}
