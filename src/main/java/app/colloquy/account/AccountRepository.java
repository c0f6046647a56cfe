package app.colloquy.account;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    /** The row the sign-in needs, password hash included; never leaves this package. */
    record Credentials(long id, String loginName, String displayName, String passwordHash, boolean admin) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credentials> findCredentials(String loginName) {
        return jdbc.sql("""
                        select id, login_name, display_name, password_hash, admin
                        from account where lower(login_name) = lower(:login)""")
                .param("login", loginName)
                .query(Credentials.class)
                .optional();
    }

    long insert(String loginName, String displayName, String passwordHash, boolean admin) {
        return jdbc.sql("""
                        insert into account (login_name, display_name, password_hash, admin)
                        values (:login, :display, :hash, :admin) returning id""")
                .param("login", loginName)
                .param("display", displayName)
                .param("hash", passwordHash)
                .param("admin", admin)
                .query(Long.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }
}
