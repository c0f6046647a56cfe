package app.colloquy.lti;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.LtiBrowser;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestLtiPlatform;
import app.colloquy.testsupport.TestLtiPlatform.Launch;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A teacher adds a reading to their course from inside the platform (Deep Linking 2.0): the
 * platform's request, the pick (assigned to the course's class), Colloquy's answer signed with
 * the key it publishes, and students arriving through the new link at the reading's first lesson.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LtiDeepLinkingTest {

    private static final String DEPLOYMENT = "deployment-1";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    LtiDeepLinks deepLinks;

    @Autowired
    LibraryService library;

    @Autowired
    ReadingService readings;

    @Autowired
    ClassroomService classrooms;

    TestLtiPlatform moodle;
    String course;
    Launch okafor;

    @BeforeEach
    void registeredPlatform() {
        moodle = new TestLtiPlatform("colloquy-" + UUID.randomUUID());
        course = "course-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.as(accounts.createAdmin("admin"), () -> platforms.register(moodle.registration("Moodle", DEPLOYMENT)));
        okafor = new Launch(
                "okafor-" + course, "Ms Okafor", TestLtiPlatform.INSTRUCTOR, DEPLOYMENT, course, "Civics", "en-US");
    }

    @AfterEach
    void closePlatform() {
        moodle.close();
    }

    @Test
    void aPickedReadingGoesBackSignedAndItsLinkOpensItsFirstLesson() throws Exception {
        LtiBrowser teacherBrowser = new LtiBrowser(port, moodle);
        LtiBrowser.Login login = teacherBrowser.login();
        HttpResponse<String> page =
                teacherBrowser.launch(moodle.deepLinkingIdToken(okafor, login.nonce()), login.state());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String picking = teacherBrowser
                .get(teacherBrowser.continueLink(page.body()))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertThat(picking).matches(".*/platform-link/\\d+");
        long requestId = Long.parseLong(picking.substring(picking.lastIndexOf('/') + 1));

        Account teacher = accounts.find(okafor.subject());
        long readingId = accounts.as(
                teacher,
                () -> library.importReading(new NewReading(
                        "Federalist No. 10",
                        null,
                        "",
                        List.of(
                                new NewReading.NewLesson("Factions", "Among the numerous advantages...", List.of()),
                                new NewReading.NewLesson("Remedies", "There are two methods...", List.of())))));
        accounts.as(teacher, () -> {
            deepLinks.choose(requestId, readingId);
            return null;
        });

        HttpResponse<String> answerPage = teacherBrowser.get("/lti/return?request=" + requestId);
        assertThat(answerPage.statusCode()).isEqualTo(200);
        assertThat(answerPage.body()).contains("action=\"" + moodle.deepLinkReturnUrl() + "\"");
        String jwt = between(answerPage.body(), "name=\"JWT\" value=\"", "\"");
        JWTClaimsSet answer = verifiedWithPublishedKey(jwt);
        assertThat(answer.getIssuer()).isEqualTo(moodle.clientId());
        assertThat(answer.getAudience()).containsExactly(moodle.issuer());
        assertThat(answer.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))
                .isEqualTo("LtiDeepLinkingResponse");
        assertThat(answer.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id"))
                .isEqualTo(DEPLOYMENT);
        assertThat(answer.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))
                .isEqualTo("platform-data-1");
        Map<?, ?> item = (Map<?, ?>)
                ((List<?>) answer.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")).getFirst();
        assertThat(item.get("type")).isEqualTo("ltiResourceLink");
        assertThat(item.get("title")).isEqualTo("Federalist No. 10");
        assertThat(((Map<?, ?>) item.get("custom")).get("colloquy_reading")).isEqualTo(String.valueOf(readingId));
        assertThat(teacherBrowser.get("/lti/return?request=" + requestId).statusCode())
                .as("the answer goes back once")
                .isEqualTo(400);

        Launch ada = new Launch("ada-" + course, "Ada", TestLtiPlatform.LEARNER, DEPLOYMENT, course, "Civics", "en-US");
        LtiBrowser adaBrowser = new LtiBrowser(port, moodle);
        LtiBrowser.Login adaLogin = adaBrowser.login();
        HttpResponse<String> adaPage = adaBrowser.launch(
                moodle.idTokenForLink(ada, adaLogin.nonce(), Map.of("colloquy_reading", String.valueOf(readingId))),
                adaLogin.state());
        String opened = adaBrowser
                .get(adaBrowser.continueLink(adaPage.body()))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        long classId =
                accounts.as(teacher, () -> classrooms.myClasses()).getFirst().id();
        long firstLesson = accounts.as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .lessons()
                .getFirst()
                .lessonId();
        assertThat(opened).endsWith("/classes/" + classId + "/lessons/" + firstLesson);
    }

    @Test
    void onlyTeachersPickContent() throws Exception {
        new LtiBrowser(port, moodle).launchAndContinue(okafor);
        Launch ada = new Launch("ada-" + course, "Ada", TestLtiPlatform.LEARNER, DEPLOYMENT, course, "Civics", "en-US");
        LtiBrowser browser = new LtiBrowser(port, moodle);
        LtiBrowser.Login login = browser.login();
        HttpResponse<String> page = browser.launch(moodle.deepLinkingIdToken(ada, login.nonce()), login.state());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Only the course's teachers add Colloquy readings");
    }

    private JWTClaimsSet verifiedWithPublishedKey(String jwt) throws Exception {
        JWKSet published =
                JWKSet.parse(new LtiBrowser(port, moodle).get("/lti/jwks").body());
        SignedJWT signed = SignedJWT.parse(jwt);
        RSAKey key = (RSAKey) published.getKeyByKeyId(signed.getHeader().getKeyID());
        assertThat(key).as("signed with a key Colloquy publishes").isNotNull();
        assertThat(signed.verify(new RSASSAVerifier(key))).isTrue();
        return signed.getJWTClaimsSet();
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertThat(start).as(before).isNotNegative();
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }
}
