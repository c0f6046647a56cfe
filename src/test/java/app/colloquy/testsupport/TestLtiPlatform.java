package app.colloquy.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learning platform played by the test (LTI 1.3): its public keys served over real HTTP, and
 * ID tokens for launches signed with its private key, with the LTI claims a platform sends. What
 * it signs can be spoiled on purpose (another audience, expired, signed with a key it never
 * published).
 */
public final class TestLtiPlatform implements AutoCloseable {

    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final String CLAIMS = "https://purl.imsglobal.org/spec/lti/claim/";

    private final HttpServer server;
    private final RSAKey key;
    private final String clientId;
    private volatile Launch atTheKeyboard;
    private volatile boolean picking;
    private final List<String> deepLinks = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String toolKeysUrl = "";
    private volatile List<Map<String, Object>> roster = List.of();
    private final Map<String, String> tokenScopes = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Map<String, Object>> lineItems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> scores = new java.util.concurrent.CopyOnWriteArrayList<>();

    public TestLtiPlatform(String clientId) {
        this.clientId = clientId;
        try {
            key = new RSAKeyGenerator(2048).keyID("platform-key").generate();
            server = HttpServer.create(new InetSocketAddress(0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext(
                "/jwks", exchange -> TestHttp.json(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/auth", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/memberships", this::memberships);
        server.createContext("/lineitems", this::lineItems);
        server.createContext("/deep-link-return", exchange -> {
            deepLinks.add(TestHttp.form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .getOrDefault("JWT", ""));
            TestHttp.respond(
                    exchange, 200, "text/html", "<!DOCTYPE html><html><body><h1>Back in the course</h1></body></html>");
        });
        server.start();
    }

    /** Who opens the tool from the platform next (its authorization endpoint answers for them). */
    public void launches(Launch who) {
        this.atTheKeyboard = who;
        this.picking = false;
    }

    /** Who opens "add content" in the course next (Deep Linking). */
    public void picksContent(Launch who) {
        this.atTheKeyboard = who;
        this.picking = true;
    }

    /**
     * The platform's authorization endpoint, as LTI uses it: it answers the tool's authentication
     * request with a page that posts the signed launch (form_post) to the tool's redirect URI.
     */
    private void authorize(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        Map<String, String> query = TestHttp.form(exchange.getRequestURI().getRawQuery());
        String page = "<!DOCTYPE html><html><body><form id=\"launch\" method=\"post\" action=\""
                + query.get("redirect_uri") + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\""
                + (picking
                        ? deepLinkingIdToken(atTheKeyboard, query.get("nonce"))
                        : idToken(atTheKeyboard, query.get("nonce")))
                + "\"><input type=\"hidden\" name=\"state\" value=\"" + query.get("state") + "\">"
                + "</form><script>document.getElementById('launch').submit()</script></body></html>";
        TestHttp.respond(exchange, 200, "text/html", page);
    }

    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String clientId() {
        return clientId;
    }

    public String authLoginUrl() {
        return issuer() + "/auth";
    }

    public String jwksUrl() {
        return issuer() + "/jwks";
    }

    public String tokenUrl() {
        return issuer() + "/token";
    }

    /** What the admin enters in Colloquy for this platform, as its tool registration shows it. */
    public app.colloquy.lti.NewLtiPlatform registration(String name, String deploymentId) {
        return new app.colloquy.lti.NewLtiPlatform(
                name, issuer(), clientId, authLoginUrl(), jwksUrl(), tokenUrl(), deploymentId);
    }

    /** Where the platform fetches the tool's public keys, as its tool registration says. */
    public void trustsToolKeysAt(String url) {
        this.toolKeysUrl = url;
    }

    /** The course's roster, as Names and Role Provisioning returns it: user_id, name, email, roles, status. */
    public void hasRoster(List<Map<String, Object>> members) {
        this.roster = List.copyOf(members);
    }

    /** The gradebook's columns the tool made. */
    public List<Map<String, Object>> lineItems() {
        return List.copyOf(lineItems);
    }

    /** The scores the tool sent, each with the line item it was for ("lineItem"). */
    public List<Map<String, Object>> receivedScores() {
        return List.copyOf(scores);
    }

    /** One person launching from one course, as the platform's ID token says it. */
    public record Launch(
            String subject,
            String name,
            String role,
            String deploymentId,
            String contextId,
            String contextTitle,
            String locale) {

        public Launch inCourse(String otherContextId, String otherTitle) {
            return new Launch(subject, name, role, deploymentId, otherContextId, otherTitle, locale);
        }

        public Launch fromDeployment(String otherDeployment) {
            return new Launch(subject, name, role, otherDeployment, contextId, contextTitle, locale);
        }
    }

    /** The ID token for a launch with this nonce, as the platform signs it. */
    public String idToken(Launch launch, String nonce) {
        return sign(claims(launch, nonce, clientId, Instant.now().plusSeconds(300)), key);
    }

    /** Signed for another tool, as a token taken from elsewhere would be. */
    public String idTokenFor(String otherAudience, Launch launch, String nonce) {
        return sign(claims(launch, nonce, otherAudience, Instant.now().plusSeconds(300)), key);
    }

    /** Expired an hour ago. */
    public String expiredIdToken(Launch launch, String nonce) {
        return sign(claims(launch, nonce, clientId, Instant.now().minusSeconds(3600)), key);
    }

    /** Signed with a key this platform never published. */
    public String forgedIdToken(Launch launch, String nonce) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID("platform-key").generate();
            return sign(claims(launch, nonce, clientId, Instant.now().plusSeconds(300)), other);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claims(Launch launch, String nonce, String audience, Instant expires) {
        return claims(launch, nonce, audience, expires, "LtiResourceLinkRequest", Map.of());
    }

    /** A teacher opening "add content" in the course (Deep Linking): the platform awaits the pick at its return address. */
    public String deepLinkingIdToken(Launch launch, String nonce) {
        return sign(
                claims(
                        launch,
                        nonce,
                        clientId,
                        Instant.now().plusSeconds(300),
                        "LtiDeepLinkingRequest",
                        Map.of(
                                "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                                Map.of(
                                        "deep_link_return_url", deepLinkReturnUrl(),
                                        "accept_types", List.of("ltiResourceLink"),
                                        "data", "platform-data-1"))),
                key);
    }

    /** A launch through a link in the course that carries custom parameters (as a picked link does). */
    public String idTokenForLink(Launch launch, String nonce, Map<String, String> custom) {
        return sign(
                claims(
                        launch,
                        nonce,
                        clientId,
                        Instant.now().plusSeconds(300),
                        "LtiResourceLinkRequest",
                        Map.of(CLAIMS + "custom", custom)),
                key);
    }

    public String deepLinkReturnUrl() {
        return issuer() + "/deep-link-return";
    }

    /** The signed answers (JWT) the tool posted back to the return address. */
    public List<String> receivedDeepLinks() {
        return List.copyOf(deepLinks);
    }

    private JWTClaimsSet claims(
            Launch launch,
            String nonce,
            String audience,
            Instant expires,
            String messageType,
            Map<String, Object> extra) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("id", launch.contextId());
        context.put("title", launch.contextTitle());
        context.put("label", launch.contextId().toUpperCase());
        JWTClaimsSet built = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(launch.subject())
                .audience(audience)
                .issueTime(Date.from(expires.minusSeconds(600)))
                .expirationTime(Date.from(expires))
                .claim("nonce", nonce)
                .claim("name", launch.name())
                .claim("email", launch.subject() + "@school.test")
                .claim("locale", launch.locale())
                .claim(CLAIMS + "message_type", messageType)
                .claim(CLAIMS + "version", "1.3.0")
                .claim(CLAIMS + "deployment_id", launch.deploymentId())
                .claim(CLAIMS + "target_link_uri", "http://colloquy.test/lti/launch")
                .claim(CLAIMS + "roles", List.of(launch.role()))
                .claim(CLAIMS + "context", context)
                .claim(CLAIMS + "resource_link", Map.of("id", "link-1", "title", "Colloquy"))
                .claim(
                        "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                        Map.of(
                                "context_memberships_url",
                                issuer() + "/memberships",
                                "service_versions",
                                List.of("2.0")))
                .claim(
                        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
                        Map.of(
                                "scope",
                                List.of(
                                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                                "lineitems",
                                issuer() + "/lineitems"))
                .build();
        JWTClaimsSet.Builder withExtra = new JWTClaimsSet.Builder(built);
        extra.forEach(withExtra::claim);
        return withExtra.build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(with));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /**
     * Client credentials with a client assertion (RFC 7523): the assertion must be signed with the
     * key the tool publishes, issued by and about the tool's client id, for this token URL.
     */
    private void token(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        Map<String, String> form =
                TestHttp.form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            var processor = new com.nimbusds.jwt.proc.DefaultJWTProcessor<com.nimbusds.jose.proc.SecurityContext>();
            processor.setJWSKeySelector(new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(
                    JWSAlgorithm.RS256,
                    com.nimbusds.jose.jwk.source.JWKSourceBuilder.create(
                                    java.net.URI.create(toolKeysUrl).toURL())
                            .build()));
            processor.setJWTClaimsSetVerifier(new com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier<>(
                    tokenUrl(),
                    new JWTClaimsSet.Builder()
                            .issuer(clientId)
                            .subject(clientId)
                            .build(),
                    java.util.Set.of("iat", "exp", "jti")));
            if (!"client_credentials".equals(form.get("grant_type"))) {
                throw new IllegalArgumentException("grant type " + form.get("grant_type"));
            }
            processor.process(form.getOrDefault("client_assertion", ""), null);
        } catch (Exception refused) {
            json(exchange, 401, Map.of("error", "invalid_client", "error_description", String.valueOf(refused)));
            return;
        }
        String token = java.util.UUID.randomUUID().toString();
        tokenScopes.put(token, form.getOrDefault("scope", ""));
        json(
                exchange,
                200,
                Map.of(
                        "access_token",
                        token,
                        "token_type",
                        "Bearer",
                        "expires_in",
                        3600,
                        "scope",
                        form.getOrDefault("scope", "")));
    }

    private boolean authorized(com.sun.net.httpserver.HttpExchange exchange, String scope) throws IOException {
        String header = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        String granted = header.startsWith("Bearer ") ? tokenScopes.get(header.substring(7)) : null;
        if (granted == null || !List.of(granted.split(" ")).contains(scope)) {
            json(exchange, 401, Map.of("error", "invalid_token"));
            return false;
        }
        return true;
    }

    private void memberships(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        if (authorized(exchange, "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly")) {
            json(exchange, 200, Map.of("id", issuer() + "/memberships", "members", roster));
        }
    }

    /** The course's gradebook: line items listed (by resource id) and added; scores posted to one. */
    private void lineItems(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/scores")) {
            if (authorized(exchange, "https://purl.imsglobal.org/spec/lti-ags/scope/score")) {
                Map<String, Object> score = new LinkedHashMap<>(parse(exchange));
                score.put("lineItem", issuer() + path.substring(0, path.length() - "/scores".length()));
                score.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
                scores.add(score);
                json(exchange, 200, Map.of());
            }
            return;
        }
        if (!authorized(exchange, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")) {
            return;
        }
        if ("POST".equals(exchange.getRequestMethod())) {
            Map<String, Object> item = new LinkedHashMap<>(parse(exchange));
            item.put("id", issuer() + "/lineitems/" + (lineItems.size() + 1));
            lineItems.add(item);
            json(exchange, 201, item);
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        String resourceId = query == null ? null : TestHttp.form(query).get("resource_id");
        List<Map<String, Object>> found = lineItems.stream()
                .filter(item -> resourceId == null || resourceId.equals(item.get("resourceId")))
                .toList();
        TestHttp.respond(
                exchange,
                200,
                "application/vnd.ims.lis.v2.lineitemcontainer+json",
                com.nimbusds.jose.util.JSONArrayUtils.toJSONString(new java.util.ArrayList<>(found)));
    }

    private static Map<String, Object> parse(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        try {
            return com.nimbusds.jose.util.JSONObjectUtils.parse(
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.text.ParseException e) {
            throw new IOException(e);
        }
    }

    private static void json(com.sun.net.httpserver.HttpExchange exchange, int status, Map<String, ?> body)
            throws IOException {
        TestHttp.json(exchange, status, com.nimbusds.jose.util.JSONObjectUtils.toJSONString(new LinkedHashMap<>(body)));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
