package app.colloquy.account;

import app.colloquy.platform.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered sign-in providers and the identities linked to accounts. */
@Repository
class SchoolSignInRepository {

    private static final String PROVIDER = """
            select id, registration_id, display_name, issuer_uri, client_id, name_claim, allowed_domains,
                   new_accounts_teachers, enabled
            from sign_in_provider""";

    private final JdbcClient jdbc;

    SchoolSignInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SignInProvider> findProviders() {
        return jdbc.sql(PROVIDER + " order by lower(display_name), id")
                .query((rs, n) -> provider(rs))
                .list();
    }

    Optional<SignInProvider> findProvider(String registrationId) {
        return jdbc.sql(PROVIDER + " where registration_id = :r")
                .param("r", registrationId)
                .query((rs, n) -> provider(rs))
                .optional();
    }

    Optional<ProviderClient> findClient(String registrationId) {
        return jdbc.sql("""
                        select registration_id, issuer_uri, client_id, client_secret from sign_in_provider
                        where registration_id = :r and enabled""")
                .param("r", registrationId)
                .query(Rows.of(ProviderClient.class))
                .optional();
    }

    boolean registrationIdTaken(String registrationId) {
        return jdbc.sql("select exists (select 1 from sign_in_provider where registration_id = :r)")
                .param("r", registrationId)
                .query(Boolean.class)
                .single();
    }

    void insertProvider(
            String registrationId,
            String displayName,
            String issuerUri,
            String clientId,
            String clientSecret,
            String nameClaim,
            String allowedDomains,
            boolean teachers) {
        jdbc.sql("""
                        insert into sign_in_provider (registration_id, display_name, issuer_uri, client_id, client_secret,
                                                      name_claim, allowed_domains, new_accounts_teachers)
                        values (:r, :name, :issuer, :client, :secret, :claim, :domains, :teachers)""")
                .param("r", registrationId)
                .param("name", displayName)
                .param("issuer", issuerUri)
                .param("client", clientId)
                .param("secret", clientSecret)
                .param("claim", nameClaim)
                .param("domains", allowedDomains)
                .param("teachers", teachers)
                .update();
    }

    boolean setEnabled(long id, boolean enabled) {
        return jdbc.sql("update sign_in_provider set enabled = :e where id = :id")
                        .param("e", enabled)
                        .param("id", id)
                        .update()
                == 1;
    }

    boolean deleteProvider(long id) {
        return jdbc.sql("delete from sign_in_provider where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<Long> findLinkedAccount(long providerId, String subject) {
        return jdbc.sql("select account_id from account_identity where provider_id = :p and subject = :s")
                .param("p", providerId)
                .param("s", subject)
                .query(Long.class)
                .optional();
    }

    void link(long providerId, String subject, long accountId) {
        jdbc.sql("insert into account_identity (provider_id, subject, account_id) values (:p, :s, :a)")
                .param("p", providerId)
                .param("s", subject)
                .param("a", accountId)
                .update();
    }

    List<String> findLinkedProviderNames(long accountId) {
        return jdbc.sql("""
                        select p.display_name from account_identity i join sign_in_provider p on p.id = i.provider_id
                        where i.account_id = :a order by lower(p.display_name)""").param("a", accountId).query(String.class).list();
    }

    boolean passwordsEnabled() {
        return jdbc.sql("select passwords_enabled from instance_settings")
                .query(Boolean.class)
                .single();
    }

    void setPasswordsEnabled(boolean enabled) {
        jdbc.sql("update instance_settings set passwords_enabled = :e")
                .param("e", enabled)
                .update();
    }

    private static SignInProvider provider(ResultSet rs) throws SQLException {
        String domains = rs.getString("allowed_domains");
        return new SignInProvider(
                rs.getLong("id"),
                rs.getString("registration_id"),
                rs.getString("display_name"),
                rs.getString("issuer_uri"),
                rs.getString("client_id"),
                rs.getString("name_claim"),
                domains.isBlank() ? List.of() : Arrays.asList(domains.split(",")),
                rs.getBoolean("new_accounts_teachers"),
                rs.getBoolean("enabled"));
    }
}
