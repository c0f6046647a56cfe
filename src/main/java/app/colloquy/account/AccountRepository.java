package app.colloquy.account;

import app.colloquy.platform.Rows;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    /** The row the sign-in needs, password hash included; never leaves this package. */
    record Credentials(
            long id,
            String loginName,
            String displayName,
            String passwordHash,
            boolean admin,
            boolean teacher,
            int credentialVersion) {

        SignedInUser principal() {
            return new SignedInUser(id, loginName, displayName, admin, teacher, credentialVersion, null);
        }
    }

    private static final String ACCOUNT = "select id, login_name, display_name, admin, teacher from account ";
    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String CREDENTIALS =
            "select id, login_name, display_name, password_hash, admin, teacher, credential_version from account ";

    /** By a login name as {@link AccountRules#normalisedLoginName} gives it. */
    Optional<Credentials> findCredentials(String normalisedLoginName) {
        return jdbc.sql(CREDENTIALS + "where lower(login_name) = :login")
                .param("login", normalisedLoginName)
                .query(Rows.of(Credentials.class))
                .optional();
    }

    Optional<Credentials> findCredentials(long id) {
        return jdbc.sql(CREDENTIALS + "where id = :id")
                .param("id", id)
                .query(Rows.of(Credentials.class))
                .optional();
    }

    Optional<Integer> credentialVersion(long id) {
        return jdbc.sql("select credential_version from account where id = :id")
                .param("id", id)
                .query(Integer.class)
                .optional();
    }

    boolean loginNameTaken(String loginName) {
        return jdbc.sql("select exists (select 1 from account where lower(login_name) = lower(:login))")
                .param("login", loginName)
                .query(Boolean.class)
                .single();
    }

    long insert(NewAccount account, String passwordHash, boolean admin, boolean teacher) {
        return jdbc.sql("""
                        insert into account (login_name, display_name, password_hash, admin, teacher)
                        values (:login, :display, :hash, :admin, :teacher) returning id""")
                .param("login", account.loginName().strip())
                .param("display", account.displayName().strip())
                .param("hash", passwordHash)
                .param("admin", admin)
                .param("teacher", teacher)
                .query(Long.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    Optional<String> findInterfaceLanguage(long id) {
        return jdbc.sql("select interface_language from account where id = :id and interface_language is not null")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    void updateInterfaceLanguage(long id, @Nullable String languageTag) {
        jdbc.sql("update account set interface_language = :language where id = :id")
                .param("language", languageTag)
                .param("id", id)
                .update();
    }

    void updateTeacher(long id, boolean teacher) {
        jdbc.sql("update account set teacher = :teacher where id = :id")
                .param("teacher", teacher)
                .param("id", id)
                .update();
    }

    void updateDisplayName(long id, String displayName) {
        jdbc.sql("update account set display_name = :name where id = :id")
                .param("name", displayName)
                .param("id", id)
                .update();
    }

    /** Sets a new password; every session signed in with the old one ends. Returns the new credential version. */
    int updatePassword(long id, String passwordHash, boolean mustChange) {
        return jdbc.sql("""
                        update account set password_hash = :hash, must_change_password = :must,
                                           credential_version = credential_version + 1
                        where id = :id returning credential_version""")
                .param("hash", passwordHash)
                .param("must", mustChange)
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    /** Marks the account active (at most once a minute) and says whether it must change its password. */
    boolean touchActivity(long id) {
        jdbc.sql("""
                        update account set last_active_at = now()
                        where id = :id and (last_active_at is null or last_active_at < now() - interval '1 minute')""").param("id", id).update();
        return jdbc.sql("select must_change_password from account where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    List<Account> findTeachers(int offset, int limit) {
        return jdbc.sql(ACCOUNT + "where teacher order by lower(display_name), id offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(Rows.of(Account.class))
                .list();
    }

    int countTeachers() {
        return jdbc.sql("select count(*) from account where teacher")
                .query(Integer.class)
                .single();
    }

    boolean teacherSignupEnabled() {
        return jdbc.sql("select teacher_signup_enabled from instance_settings")
                .query(Boolean.class)
                .single();
    }

    void setTeacherSignupEnabled(boolean enabled) {
        jdbc.sql("update instance_settings set teacher_signup_enabled = :enabled")
                .param("enabled", enabled)
                .update();
    }
}
