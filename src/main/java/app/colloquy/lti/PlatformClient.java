package app.colloquy.lti;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Colloquy calling a platform's services (LTI Advantage): an access token from the platform's
 * token URL for a client assertion signed with Colloquy's key (OAuth 2 client credentials,
 * RFC 7523), kept until shortly before it expires; then JSON over HTTPS with it.
 */
@Component
class PlatformClient {

    static final String ROSTER_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String LINE_ITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private record Token(String value, Instant expires) {}

    private final LtiToolKeys keys;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    PlatformClient(LtiToolKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** https anywhere, http only on this machine (tests and local set-ups). */
    static boolean isServiceAddress(String url) {
        try {
            URI uri = URI.create(url);
            boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            return uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    Map<String, Object> getObject(LtiPlatform platform, String scope, String url, String accept) {
        try {
            return JSONObjectUtils.parse(send(platform, scope, get(url, accept)));
        } catch (ParseException notJson) {
            throw new PlatformUnavailable("not a JSON object from " + url);
        }
    }

    List<Object> getArray(LtiPlatform platform, String scope, String url, String accept) {
        try {
            return JSONArrayUtils.parse(send(platform, scope, get(url, accept)));
        } catch (ParseException notJson) {
            throw new PlatformUnavailable("not a JSON array from " + url);
        }
    }

    Map<String, Object> post(
            LtiPlatform platform, String scope, String url, String contentType, Map<String, Object> body) {
        String answer = send(
                platform,
                scope,
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", contentType)
                        .header("Accept", "application/json, " + contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body))));
        try {
            return answer.isBlank() ? Map.of() : JSONObjectUtils.parse(answer);
        } catch (ParseException notJson) {
            return Map.of();
        }
    }

    private static HttpRequest.Builder get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET();
    }

    private String send(LtiPlatform platform, String scope, HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request.header("Authorization", "Bearer " + token(platform, scope))
                .timeout(TIMEOUT)
                .build());
        if (response.statusCode() / 100 != 2) {
            throw new PlatformUnavailable(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private String token(LtiPlatform platform, String scope) {
        String key = platform.id() + " " + scope;
        Token cached = tokens.get(key);
        if (cached != null && cached.expires().isAfter(clock.instant().plusSeconds(60))) {
            return cached.value();
        }
        if (platform.tokenUrl().isEmpty()) {
            throw new PlatformUnavailable("no access token URL registered for " + platform.issuer());
        }
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + enc(assertion(platform))
                + "&scope=" + enc(scope);
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(platform.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        try {
            Map<String, Object> answer = JSONObjectUtils.parse(response.body());
            if (response.statusCode() != 200 || !(answer.get("access_token") instanceof String value)) {
                throw new PlatformUnavailable("token URL answered " + response.statusCode());
            }
            long seconds = answer.get("expires_in") instanceof Number n ? n.longValue() : 300;
            tokens.put(key, new Token(value, clock.instant().plusSeconds(seconds)));
            return value;
        } catch (ParseException notJson) {
            throw new PlatformUnavailable("token URL answered " + response.statusCode() + " without JSON");
        }
    }

    /** Who is asking, proved with Colloquy's key: issued by and about our client id, for the token URL. */
    private String assertion(LtiPlatform platform) {
        Instant now = clock.instant();
        return keys.signed(new JWTClaimsSet.Builder()
                .issuer(platform.clientId())
                .subject(platform.clientId())
                .audience(platform.tokenUrl())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException unreachable) {
            throw new PlatformUnavailable(request.uri() + ": " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailable("interrupted while calling " + request.uri());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The platform could not be reached or refused: the message is for the log. */
    static final class PlatformUnavailable extends RuntimeException {
        PlatformUnavailable(String why) {
            super(why);
        }
    }
}
