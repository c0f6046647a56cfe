package app.colloquy.lti;

import app.colloquy.platform.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LtiRepository {

    private final JdbcClient jdbc;

    LtiRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record PlatformRow(
            long id,
            String displayName,
            String issuer,
            String clientId,
            String authLoginUrl,
            String jwksUrl,
            String tokenUrl,
            String deploymentId) {}

    private static final String PLATFORMS = """
            select p.id, p.display_name, p.issuer, p.client_id, p.auth_login_url, p.jwks_url, p.token_url,
                   coalesce(d.deployment_id, '') as deployment_id
            from lti_platform p left join lti_deployment d on d.platform_id = p.id
            """;

    List<LtiPlatform> findPlatforms() {
        return platforms(jdbc.sql(PLATFORMS + " order by p.display_name, p.id, d.deployment_id")
                .query(Rows.of(PlatformRow.class))
                .list());
    }

    /** The platforms registered with this issuer (one per client id the platform gave Colloquy). */
    List<LtiPlatform> findByIssuer(String issuer) {
        return platforms(jdbc.sql(PLATFORMS + " where p.issuer = :issuer order by p.id, d.deployment_id")
                .param("issuer", issuer)
                .query(Rows.of(PlatformRow.class))
                .list());
    }

    Optional<LtiPlatform> findPlatform(long id) {
        return platforms(jdbc.sql(PLATFORMS + " where p.id = :id order by d.deployment_id")
                        .param("id", id)
                        .query(Rows.of(PlatformRow.class))
                        .list())
                .stream()
                .findFirst();
    }

    private static List<LtiPlatform> platforms(List<PlatformRow> rows) {
        Map<Long, List<PlatformRow>> byPlatform = new LinkedHashMap<>();
        rows.forEach(row ->
                byPlatform.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byPlatform.values().stream()
                .map(group -> {
                    PlatformRow p = group.getFirst();
                    return new LtiPlatform(
                            p.id(),
                            p.displayName(),
                            p.issuer(),
                            p.clientId(),
                            p.authLoginUrl(),
                            p.jwksUrl(),
                            p.tokenUrl(),
                            group.stream()
                                    .map(PlatformRow::deploymentId)
                                    .filter(d -> !d.isEmpty())
                                    .toList());
                })
                .toList();
    }

    boolean platformExists(String issuer, String clientId) {
        return jdbc.sql("select exists (select 1 from lti_platform where issuer = :issuer and client_id = :client)")
                .param("issuer", issuer)
                .param("client", clientId)
                .query(Boolean.class)
                .single();
    }

    long insertPlatform(
            String displayName, String issuer, String clientId, String authLoginUrl, String jwksUrl, String tokenUrl) {
        return jdbc.sql("""
                        insert into lti_platform (display_name, issuer, client_id, auth_login_url, jwks_url, token_url)
                        values (:name, :issuer, :client, :auth, :jwks, :token) returning id""")
                .param("name", displayName)
                .param("issuer", issuer)
                .param("client", clientId)
                .param("auth", authLoginUrl)
                .param("jwks", jwksUrl)
                .param("token", tokenUrl)
                .query(Long.class)
                .single();
    }

    void insertDeployment(long platformId, String deploymentId) {
        jdbc.sql("insert into lti_deployment (platform_id, deployment_id) values (:p, :d) on conflict do nothing")
                .param("p", platformId)
                .param("d", deploymentId)
                .update();
    }

    void deletePlatform(long platformId) {
        jdbc.sql("delete from lti_platform where id = :id")
                .param("id", platformId)
                .update();
    }

    // Between login initiation and launch.

    void insertLoginState(String state, String nonce, long platformId) {
        jdbc.sql("insert into lti_login_state (state, nonce, platform_id) values (:state, :nonce, :p)")
                .param("state", state)
                .param("nonce", nonce)
                .param("p", platformId)
                .update();
    }

    record LoginState(String nonce, long platformId, Instant createdAt) {}

    /** The state's nonce and platform, taken so it serves one launch only. */
    Optional<LoginState> takeLoginState(String state) {
        return jdbc.sql("delete from lti_login_state where state = :state returning nonce, platform_id, created_at")
                .param("state", state)
                .query(Rows.of(LoginState.class))
                .optional();
    }

    void deleteLoginStatesBefore(Instant before) {
        jdbc.sql("delete from lti_login_state where created_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }

    // People and courses.

    Optional<Long> findAccount(long platformId, String subject) {
        return jdbc.sql("select account_id from lti_user where platform_id = :p and subject = :s")
                .param("p", platformId)
                .param("s", subject)
                .query(Long.class)
                .optional();
    }

    void insertUser(long platformId, String subject, long accountId) {
        jdbc.sql("insert into lti_user (platform_id, subject, account_id) values (:p, :s, :a)")
                .param("p", platformId)
                .param("s", subject)
                .param("a", accountId)
                .update();
    }

    Optional<Long> findClassroom(long platformId, String deploymentId, String contextId) {
        return jdbc.sql("""
                        select classroom_id from lti_context
                        where platform_id = :p and deployment_id = :d and context_id = :c""")
                .param("p", platformId)
                .param("d", deploymentId)
                .param("c", contextId)
                .query(Long.class)
                .optional();
    }

    void insertContext(long platformId, String deploymentId, String contextId, long classroomId) {
        jdbc.sql("""
                        insert into lti_context (platform_id, deployment_id, context_id, classroom_id)
                        values (:p, :d, :c, :classroom)""")
                .param("p", platformId)
                .param("d", deploymentId)
                .param("c", contextId)
                .param("classroom", classroomId)
                .update();
    }

    // Colloquy's own key.

    Optional<String> findToolKey() {
        return jdbc.sql("select jwk from lti_tool_key where id = 1")
                .query(String.class)
                .optional();
    }

    /** Stores the key unless another node stored one first; either way one key stays. */
    void insertToolKeyIfNone(String jwk) {
        jdbc.sql("insert into lti_tool_key (id, jwk) values (1, :jwk) on conflict (id) do nothing")
                .param("jwk", jwk)
                .update();
    }

    /** The course's roster and gradebook addresses, as the latest launch named them. */
    void updateContextServices(
            long platformId, String deploymentId, String contextId, String membershipsUrl, String lineitemsUrl) {
        jdbc.sql("""
                        update lti_context set memberships_url = :memberships, lineitems_url = :lineitems
                        where platform_id = :p and deployment_id = :d and context_id = :c""")
                .param("memberships", membershipsUrl)
                .param("lineitems", lineitemsUrl)
                .param("p", platformId)
                .param("d", deploymentId)
                .param("c", contextId)
                .update();
    }

    record LinkedCourse(long platformId, String platformName, String membershipsUrl, String lineitemsUrl) {}

    /** The course a class was made for, if a platform's course it is. */
    Optional<LinkedCourse> findLinkedCourse(long classroomId) {
        return jdbc.sql("""
                        select c.platform_id, p.display_name as platform_name, c.memberships_url, c.lineitems_url
                        from lti_context c join lti_platform p on p.id = c.platform_id
                        where c.classroom_id = :classroom""")
                .param("classroom", classroomId)
                .query(Rows.of(LinkedCourse.class))
                .optional();
    }

    /** The platform's id for each of these accounts, where it has one. */
    Map<Long, String> findSubjects(long platformId, List<Long> accountIds) {
        Map<Long, String> subjects = new LinkedHashMap<>();
        if (accountIds.isEmpty()) {
            return subjects;
        }
        jdbc.sql("""
                        select account_id, subject from lti_user
                        where platform_id = :p and account_id = any(cast(:accounts as bigint[]))""")
                .param("p", platformId)
                .param("accounts", accountIds.toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong("account_id"), rs.getString("subject")))
                .list()
                .forEach(e -> subjects.put(e.getKey(), e.getValue()));
        return subjects;
    }

    // Picking content from inside the platform.

    long insertDeepLink(
            long platformId,
            String deploymentId,
            long accountId,
            @Nullable Long classroomId,
            String returnUrl,
            @Nullable String data) {
        return jdbc.sql("""
                        insert into lti_deep_link (platform_id, deployment_id, account_id, classroom_id, return_url, data)
                        values (:p, :d, :a, :c, :url, :data) returning id""")
                .param("p", platformId)
                .param("d", deploymentId)
                .param("a", accountId)
                .param("c", classroomId)
                .param("url", returnUrl)
                .param("data", data)
                .query(Long.class)
                .single();
    }

    record DeepLink(
            long id,
            long platformId,
            String deploymentId,
            long accountId,
            @Nullable Long classroomId,
            String returnUrl,
            @Nullable String data,
            @Nullable String responseJwt) {}

    Optional<DeepLink> findDeepLink(long id) {
        return jdbc.sql("""
                        select id, platform_id, deployment_id, account_id, classroom_id, return_url, data, response_jwt
                        from lti_deep_link where id = :id""").param("id", id).query(Rows.of(DeepLink.class)).optional();
    }

    void updateDeepLinkResponse(long id, String responseJwt) {
        jdbc.sql("update lti_deep_link set response_jwt = :jwt where id = :id")
                .param("jwt", responseJwt)
                .param("id", id)
                .update();
    }

    void deleteDeepLink(long id) {
        jdbc.sql("delete from lti_deep_link where id = :id").param("id", id).update();
    }

    // Continuing into Colloquy.

    void insertTicket(String ticketHash, long accountId, String targetPath, Instant expiresAt) {
        jdbc.sql("""
                        insert into lti_launch_ticket (ticket_hash, account_id, target_path, expires_at)
                        values (:hash, :account, :target, :expires)""")
                .param("hash", ticketHash)
                .param("account", accountId)
                .param("target", targetPath)
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    record Ticket(long accountId, String targetPath, Instant expiresAt) {}

    /** The ticket, taken so it serves once. */
    Optional<Ticket> takeTicket(String ticketHash) {
        return jdbc.sql("""
                        delete from lti_launch_ticket where ticket_hash = :hash
                        returning account_id, target_path, expires_at""")
                .param("hash", ticketHash)
                .query(Rows.of(Ticket.class))
                .optional();
    }

    void deleteTicketsBefore(Instant before) {
        jdbc.sql("delete from lti_launch_ticket where expires_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }
}
