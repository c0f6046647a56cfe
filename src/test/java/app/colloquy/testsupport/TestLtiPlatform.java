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

    public TestLtiPlatform(String clientId) {
        this.clientId = clientId;
        try {
            key = new RSAKeyGenerator(2048).keyID("platform-key").generate();
            server = HttpServer.create(new InetSocketAddress(0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/jwks", exchange -> {
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/auth", this::authorize);
        server.start();
    }

    /** Who opens the tool from the platform next (its authorization endpoint answers for them). */
    public void launches(Launch who) {
        this.atTheKeyboard = who;
    }

    /**
     * The platform's authorization endpoint, as LTI uses it: it answers the tool's authentication
     * request with a page that posts the signed launch (form_post) to the tool's redirect URI.
     */
    private void authorize(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(
                    java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String page = "<!DOCTYPE html><html><body><form id=\"launch\" method=\"post\" action=\""
                + query.get("redirect_uri") + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + idToken(atTheKeyboard, query.get("nonce"))
                + "\"><input type=\"hidden\" name=\"state\" value=\"" + query.get("state") + "\">"
                + "</form><script>document.getElementById('launch').submit()</script></body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
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
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("id", launch.contextId());
        context.put("title", launch.contextTitle());
        context.put("label", launch.contextId().toUpperCase());
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(launch.subject())
                .audience(audience)
                .issueTime(Date.from(expires.minusSeconds(600)))
                .expirationTime(Date.from(expires))
                .claim("nonce", nonce)
                .claim("name", launch.name())
                .claim("email", launch.subject() + "@school.test")
                .claim("locale", launch.locale())
                .claim(CLAIMS + "message_type", "LtiResourceLinkRequest")
                .claim(CLAIMS + "version", "1.3.0")
                .claim(CLAIMS + "deployment_id", launch.deploymentId())
                .claim(CLAIMS + "target_link_uri", "http://colloquy.test/lti/launch")
                .claim(CLAIMS + "roles", List.of(launch.role()))
                .claim(CLAIMS + "context", context)
                .claim(CLAIMS + "resource_link", Map.of("id", "link-1", "title", "Colloquy"))
                .build();
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

    @Override
    public void close() {
        server.stop(0);
    }
}
