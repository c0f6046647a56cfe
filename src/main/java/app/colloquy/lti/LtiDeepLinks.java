package app.colloquy.lti;

import app.colloquy.account.CurrentUser;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.SecretTokens;
import app.colloquy.reading.AlreadyAssignedException;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.reading.ReadingService;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher picking a reading for their course from inside the platform (LTI Deep Linking 2.0):
 * the request the launch brought, the reading chosen (and assigned to the course's class), and
 * the signed answer posted back to the platform, once. Only the teacher the request came for.
 */
@Service
public class LtiDeepLinks {

    /** The custom parameter a picked link carries back on every launch through it. */
    static final String READING_PARAMETER = "colloquy_reading";

    /** What the teacher is picking for. */
    public record Request(
            long id, String platformName, @Nullable Long classroomId) {}

    /** Where and what to post back to the platform. */
    public record Answer(String returnUrl, String jwt) {}

    private final LtiRepository lti;
    private final LtiToolKeys keys;
    private final LibraryService library;
    private final ReadingService readings;
    private final CurrentUser currentUser;
    private final Clock clock;

    LtiDeepLinks(
            LtiRepository lti,
            LtiToolKeys keys,
            LibraryService library,
            ReadingService readings,
            CurrentUser currentUser,
            Clock clock) {
        this.lti = lti;
        this.keys = keys;
        this.library = library;
        this.readings = readings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Request request(long requestId) {
        LtiRepository.DeepLink link = mine(requestId);
        LtiPlatform platform = lti.findPlatform(link.platformId()).orElseThrow(NotFoundException::new);
        return new Request(link.id(), platform.displayName(), link.classroomId());
    }

    /**
     * The teacher's choice: the reading is assigned to the course's class (kept as it is when it
     * is assigned already), and the platform's answer signed with Colloquy's key.
     */
    @Transactional
    public void choose(long requestId, long readingId) {
        LtiRepository.DeepLink link = mine(requestId);
        LtiPlatform platform = lti.findPlatform(link.platformId()).orElseThrow(NotFoundException::new);
        ReadingDraft reading = library.readingForEditing(readingId);
        if (link.classroomId() != null) {
            try {
                readings.assign(link.classroomId(), readingId, List.of(), null, null);
            } catch (AlreadyAssignedException assignedBefore) {
                // The course's link opens the assignment there is.
            }
        }
        lti.updateDeepLinkResponse(requestId, answer(platform, link, reading));
    }

    /** The signed answer to post back, once; the request is gone afterwards. */
    @Transactional
    public Answer answer(long requestId) {
        LtiRepository.DeepLink link = mine(requestId);
        if (link.responseJwt() == null) {
            throw new NotFoundException();
        }
        lti.deleteDeepLink(requestId);
        return new Answer(link.returnUrl(), link.responseJwt());
    }

    private LtiRepository.DeepLink mine(long requestId) {
        long me = currentUser.requireAccountId();
        return lti.findDeepLink(requestId)
                .filter(link -> link.accountId() == me)
                .orElseThrow(NotFoundException::new);
    }

    private String answer(LtiPlatform platform, LtiRepository.DeepLink link, ReadingDraft reading) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", reading.title());
        item.put("custom", Map.of(READING_PARAMETER, String.valueOf(reading.id())));
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(platform.clientId())
                .audience(platform.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("nonce", SecretTokens.random())
                .claim(LtiLaunches.DEPLOYMENT_ID, link.deploymentId())
                .claim(LtiLaunches.MESSAGE_TYPE, "LtiDeepLinkingResponse")
                .claim(LtiLaunches.VERSION, "1.3.0")
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items", List.of(item));
        if (link.data() != null) {
            claims.claim("https://purl.imsglobal.org/spec/lti-dl/claim/data", link.data());
        }
        return keys.signed(claims.build());
    }
}
