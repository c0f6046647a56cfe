package app.colloquy.lti;

import app.colloquy.account.ExternalAccounts;
import app.colloquy.account.SignedInUser;
import app.colloquy.account.SystemActor;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.Message;
import app.colloquy.platform.MessageBundle;
import app.colloquy.platform.SecretTokens;
import app.colloquy.reading.ReadingService;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * LTI 1.3 launches: the platform's login initiation (a state and a nonce, sent to its
 * authorization endpoint), then its launch (an ID token checked against the platform's keys, the
 * state and nonce used once, the deployment registered), then the person continues into Colloquy
 * with a one-time ticket. A course becomes a class on an instructor's first launch; people get
 * accounts and enrolments as they launch. Anyone may start a login (the platform sends them);
 * everything after it rests on what the checked token says.
 */
@Service
public class LtiLaunches {

    private static final Logger log = LoggerFactory.getLogger(LtiLaunches.class);

    static final String CLAIMS = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = CLAIMS + "message_type";
    static final String VERSION = CLAIMS + "version";
    static final String DEPLOYMENT_ID = CLAIMS + "deployment_id";
    static final String ROLES = CLAIMS + "roles";
    static final String CONTEXT = CLAIMS + "context";
    static final String CUSTOM = CLAIMS + "custom";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String NAMES_AND_ROLES = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String GRADES = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

    /** How long a login may take from initiation to launch, and a ticket from launch to use. */
    static final Duration LOGIN_TIME = Duration.ofMinutes(10);

    static final Duration TICKET_TIME = Duration.ofMinutes(2);

    private static final int CLAIM_MAX = 500;

    private final LtiRepository lti;
    private final LtiPeople people;
    private final ExternalAccounts accounts;
    private final ClassroomService classrooms;
    private final ReadingService readings;
    private final Clock clock;
    private final Map<String, JWKSource<SecurityContext>> platformKeys = new ConcurrentHashMap<>();

    LtiLaunches(
            LtiRepository lti,
            LtiPeople people,
            ExternalAccounts accounts,
            ClassroomService classrooms,
            ReadingService readings,
            Clock clock) {
        this.readings = readings;
        this.lti = lti;
        this.people = people;
        this.accounts = accounts;
        this.classrooms = classrooms;
        this.clock = clock;
    }

    /** What the platform sends to start a login (OpenID Connect third-party initiated login). */
    public record LoginRequest(
            @Nullable String issuer,
            @Nullable String loginHint,
            @Nullable String messageHint,
            @Nullable String clientId,
            @Nullable String deploymentId) {}

    /**
     * Where to send the browser next: the platform's authorization endpoint, with a fresh state and
     * nonce. {@code redirectUri} is Colloquy's launch address as the platform has it registered.
     */
    @Transactional
    public URI beginLogin(LoginRequest request, String redirectUri) {
        String issuer = required(request.issuer(), "iss");
        String loginHint = required(request.loginHint(), "login_hint");
        List<LtiPlatform> candidates = lti.findByIssuer(issuer).stream()
                .filter(p -> request.clientId() == null || p.clientId().equals(request.clientId()))
                .filter(p -> request.deploymentId() == null || p.deploymentIds().contains(request.deploymentId()))
                .toList();
        if (candidates.size() != 1) {
            throw LtiLaunchRefused.untrusted(
                    "login from " + issuer + " matches " + candidates.size() + " registered platforms");
        }
        LtiPlatform platform = candidates.getFirst();
        lti.deleteLoginStatesBefore(clock.instant().minus(LOGIN_TIME));
        String state = SecretTokens.random();
        String nonce = SecretTokens.random();
        lti.insertLoginState(state, nonce, platform.id());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", platform.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("login_hint", loginHint);
        query.put("state", state);
        query.put("nonce", nonce);
        if (request.messageHint() != null) {
            query.put("lti_message_hint", request.messageHint());
        }
        String separator = platform.authLoginUrl().contains("?") ? "&" : "?";
        return URI.create(platform.authLoginUrl()
                + separator
                + query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")));
    }

    /**
     * Checks a launch and lets its person in: their account (made on their first launch), the
     * course's class (made on an instructor's first launch), their enrolment in it.
     */
    @Transactional
    public LtiLaunch launch(@Nullable String idToken, @Nullable String state) {
        LtiRepository.LoginState login = lti.takeLoginState(required(state, "state"))
                .orElseThrow(() -> LtiLaunchRefused.untrusted("unknown or already used state"));
        if (login.createdAt().isBefore(clock.instant().minus(LOGIN_TIME))) {
            throw LtiLaunchRefused.untrusted("state older than " + LOGIN_TIME);
        }
        LtiPlatform platform = lti.findPlatform(login.platformId())
                .orElseThrow(() -> LtiLaunchRefused.untrusted("platform removed during the login"));
        JWTClaimsSet claims = checked(platform, required(idToken, "id_token"), login.nonce());
        String deployment = text(claims, DEPLOYMENT_ID);
        if (!platform.deploymentIds().contains(deployment)) {
            throw LtiLaunchRefused.untrusted(
                    "deployment " + deployment + " is not registered for " + platform.issuer());
        }
        if (!"1.3.0".equals(text(claims, VERSION))) {
            throw LtiLaunchRefused.untrusted("LTI version " + text(claims, VERSION));
        }
        String messageType = text(claims, MESSAGE_TYPE);
        boolean picking = DEEP_LINKING_REQUEST.equals(messageType);
        if (!picking && !"LtiResourceLinkRequest".equals(messageType)) {
            throw new LtiLaunchRefused("message type " + messageType, Message.of("lti.refused.unsupportedMessage"));
        }
        Map<String, Object> context = object(claims, CONTEXT)
                .orElseThrow(() -> new LtiLaunchRefused("no context", Message.of("lti.refused.noCourse")));
        String contextId = bounded(context.get("id"), "context id");
        boolean teaches = LtiPeople.teaches(claims.getClaim(ROLES));
        if (picking && !teaches) {
            throw new LtiLaunchRefused("content picking by a learner", Message.of("lti.refused.pickingTeachersOnly"));
        }
        Map<String, Object> pickingSettings = picking
                ? object(claims, DEEP_LINKING_SETTINGS)
                        .filter(settings -> settings.get("deep_link_return_url") instanceof String url
                                && PlatformClient.isServiceAddress(url))
                        .orElseThrow(() -> LtiLaunchRefused.untrusted("deep linking without a return address"))
                : Map.of();
        return SystemActor.call(() -> {
            long accountId = people.accountFor(
                    platform,
                    new LtiPeople.Person(
                            bounded(claims.getSubject(), "sub"),
                            claimText(claims, "name"),
                            claimText(claims, "given_name"),
                            claimText(claims, "family_name"),
                            claimText(claims, "email"),
                            claimText(claims, "preferred_username"),
                            teaches,
                            language(claims)));
            long classroomId = classroom(platform, deployment, contextId, context, claims, accountId, teaches);
            lti.updateContextServices(
                    platform.id(),
                    deployment,
                    contextId,
                    serviceUrl(claims, NAMES_AND_ROLES, "context_memberships_url"),
                    serviceUrl(claims, GRADES, "lineitems"));
            String target = picking
                    ? "platform-link/"
                            + lti.insertDeepLink(
                                    platform.id(),
                                    deployment,
                                    accountId,
                                    classroomId,
                                    String.valueOf(pickingSettings.get("deep_link_return_url")),
                                    pickingSettings.get("data") instanceof String data ? data : null)
                    : linkedTarget(claims, classroomId, accountId);
            return ticket(accountId, target);
        });
    }

    /**
     * Where a link in the course leads: a reading a teacher picked for it (its custom
     * {@code colloquy_reading}) opens at its first lesson in the class when assigned there; else
     * the class.
     */
    private String linkedTarget(JWTClaimsSet claims, long classroomId, long accountId) {
        Optional<Long> readingId = object(claims, CUSTOM)
                .map(custom -> custom.get(LtiDeepLinks.READING_PARAMETER))
                .map(String::valueOf)
                .filter(id -> id.matches("[0-9]{1,18}"))
                .map(Long::valueOf);
        if (readingId.isEmpty()) {
            return "classes/" + classroomId;
        }
        return SystemActor.callAs(accounts.principal(accountId), () -> readings.assignmentsForClass(classroomId))
                .stream()
                .filter(a -> a.readingId() == readingId.get() && !a.lessons().isEmpty())
                .findFirst()
                .map(a -> "classes/" + classroomId + "/lessons/"
                        + a.lessons().getFirst().lessonId())
                .orElse("classes/" + classroomId);
    }

    /** The person a ticket from {@link #launch} lets in, once, within minutes. */
    @Transactional
    public Optional<Continuation> continueWith(@Nullable String ticket) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        lti.deleteTicketsBefore(clock.instant());
        return lti.takeTicket(SecretTokens.hash(ticket))
                .filter(t -> t.expiresAt().isAfter(clock.instant()))
                .map(t -> new Continuation(SystemActor.call(() -> accounts.principal(t.accountId())), t.targetPath()));
    }

    /** Who continues into Colloquy, and where. */
    public record Continuation(SignedInUser user, String targetPath) {}

    private JWTClaimsSet checked(LtiPlatform platform, String idToken, String nonce) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys(platform)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                platform.clientId(),
                new JWTClaimsSet.Builder()
                        .issuer(platform.issuer())
                        .claim("nonce", nonce)
                        .build(),
                Set.of("sub", "exp", "iat", "nonce", DEPLOYMENT_ID, MESSAGE_TYPE, VERSION)));
        try {
            JWTClaimsSet claims = processor.process(idToken, null);
            List<String> audience = claims.getAudience();
            if (audience.size() > 1 && !platform.clientId().equals(claims.getStringClaim("azp"))) {
                throw LtiLaunchRefused.untrusted("several audiences and azp is not the client id");
            }
            return claims;
        } catch (ParseException | BadJOSEException | JOSEException refused) {
            throw LtiLaunchRefused.untrusted("ID token refused: " + refused.getMessage());
        }
    }

    /** The platform's key set, fetched when first needed and cached (refetched for an unknown key id). */
    private JWKSource<SecurityContext> keys(LtiPlatform platform) {
        return platformKeys.computeIfAbsent(platform.jwksUrl(), url -> {
            try {
                return JWKSourceBuilder.create(URI.create(url).toURL())
                        .retrying(true)
                        .build();
            } catch (MalformedURLException badUrl) {
                throw LtiLaunchRefused.untrusted("JWKS address " + url + ": " + badUrl.getMessage());
            }
        });
    }

    private long classroom(
            LtiPlatform platform,
            String deployment,
            String contextId,
            Map<String, Object> context,
            JWTClaimsSet claims,
            long accountId,
            boolean teaches) {
        Optional<Long> known = lti.findClassroom(platform.id(), deployment, contextId);
        if (known.isPresent()) {
            classrooms.enrolThroughPlatform(known.get(), accountId, teaches);
            return known.get();
        }
        if (!teaches) {
            throw new LtiLaunchRefused(
                    "student launch into a course no instructor opened yet", Message.of("lti.refused.notSetUp"));
        }
        String title = Stream.of(context.get("title"), context.get("label"))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse(platform.displayName());
        String term = context.get("label") instanceof String label && !label.equals(title) ? label : "";
        SignedInUser teacher = accounts.principal(accountId);
        long classroomId = SystemActor.callAs(
                teacher,
                () -> classrooms
                        .createClassroom(shortened(title, 100), shortened(term, 100), language(claims))
                        .id());
        lti.insertContext(platform.id(), deployment, contextId, classroomId);
        log.info("LTI: course {} of {} became class {}", contextId, platform.issuer(), classroomId);
        return classroomId;
    }

    private LtiLaunch ticket(long accountId, String targetPath) {
        String ticket = SecretTokens.random();
        lti.insertTicket(
                SecretTokens.hash(ticket),
                accountId,
                targetPath,
                clock.instant().plus(TICKET_TIME));
        return new LtiLaunch(ticket, targetPath);
    }

    /** The language the platform shows the person, as the launch says. */
    private static Locale language(JWTClaimsSet claims) {
        String locale = claimText(claims, "locale");
        return MessageBundle.supported(
                locale == null ? MessageBundle.ENGLISH : Locale.forLanguageTag(locale.replace('_', '-')));
    }

    /** A service's address from the launch, if it is one (https, or http on this machine); else ''. */
    private static String serviceUrl(JWTClaimsSet claims, String claim, String field) {
        return object(claims, claim)
                .map(service -> service.get(field))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(url -> url.length() <= 2000 && PlatformClient.isServiceAddress(url))
                .orElse("");
    }

    private static Optional<Map<String, Object>> object(JWTClaimsSet claims, String name) {
        try {
            return Optional.ofNullable(claims.getJSONObjectClaim(name));
        } catch (ParseException notAnObject) {
            return Optional.empty();
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        return String.valueOf(claims.getClaim(name));
    }

    private static @Nullable String claimText(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String value && !value.isBlank() ? value : null;
    }

    private static String bounded(@Nullable Object value, String what) {
        if (!(value instanceof String text) || text.isBlank() || text.length() > CLAIM_MAX) {
            throw LtiLaunchRefused.untrusted("missing or oversize " + what);
        }
        return text;
    }

    private static String required(@Nullable String value, String parameter) {
        if (value == null || value.isBlank() || value.length() > 10_000) {
            throw LtiLaunchRefused.untrusted("missing or oversize parameter " + parameter);
        }
        return value;
    }

    private static String shortened(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
