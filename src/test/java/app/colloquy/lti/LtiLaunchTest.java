package app.colloquy.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassRole;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.Tag;
import app.colloquy.platform.NotFoundException;
import app.colloquy.testsupport.LtiBrowser;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestLtiPlatform;
import app.colloquy.testsupport.TestLtiPlatform.Launch;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Launches from a learning platform the test plays (its keys over HTTP, its signed ID tokens),
 * through Colloquy's real LTI addresses over HTTP: login initiation, launch, continuing in a tab
 * of one's own. Each kind of untrustworthy launch is refused with a page that says what to do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LtiLaunchTest {

    private static final String DEPLOYMENT = "deployment-1";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    DiscussionService discussion;

    TestLtiPlatform moodle;
    String course;

    @BeforeEach
    void registeredPlatform() {
        moodle = new TestLtiPlatform("colloquy-" + UUID.randomUUID());
        course = "course-" + UUID.randomUUID().toString().substring(0, 8);
        Account admin = accounts.createAdmin("admin");
        accounts.as(admin, () -> platforms.register(moodle.registration("Moodle", DEPLOYMENT)));
    }

    @AfterEach
    void closePlatform() {
        moodle.close();
    }

    private Launch teacher(String who) {
        return new Launch(who, "Ms " + who, TestLtiPlatform.INSTRUCTOR, DEPLOYMENT, course, "Civics 101", "en-US");
    }

    private Launch student(String who) {
        return new Launch(who, "Student " + who, TestLtiPlatform.LEARNER, DEPLOYMENT, course, "Civics 101", "en-US");
    }

    @Test
    void anInstructorsFirstLaunchMakesTheClassAndSignsThemIntoIt() throws Exception {
        LtiBrowser browser = browser();
        Launch rivera = teacher("rivera-" + course);
        HttpResponse<String> page = browser.launch(rivera);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Open Colloquy");
        HttpResponse<String> opened = browser.get(continueLink(page.body()));
        assertThat(opened.statusCode()).isEqualTo(302);
        String classPath = opened.headers().firstValue("Location").orElseThrow();
        assertThat(classPath).matches(".*/classes/\\d+");
        assertThat(browser.get(classPath).statusCode())
                .as("signed in: the class page opens instead of the sign-in page")
                .isEqualTo(200);

        ClassroomSummary made = onlyClassOf(rivera);
        assertThat(made.name()).isEqualTo("Civics 101");
        assertThat(made.role()).isEqualTo(ClassRole.TEACHER);
        assertThat(classPath).endsWith("/classes/" + made.id());
    }

    @Test
    void colloquysPagesMayBeFramedByTheRegisteredPlatformsOnly() throws Exception {
        HttpResponse<String> login = browser().get("/login");
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        String framing = policy.substring(policy.indexOf("frame-ancestors"));
        assertThat(framing)
                .startsWith("frame-ancestors 'self' ")
                .contains(moodle.issuer())
                .doesNotContain("*");
    }

    @Test
    void learnersJoinTheClassTheirInstructorOpened() throws Exception {
        browser().launchAndContinue(teacher("rivera-" + course));
        Launch ada = student("ada-" + course);
        String path = browser().launchAndContinue(ada);

        ClassroomSummary joined = onlyClassOf(ada);
        assertThat(joined.name()).isEqualTo("Civics 101");
        assertThat(joined.role()).isEqualTo(ClassRole.STUDENT);
        assertThat(path).endsWith("/classes/" + joined.id());
        Account adaAccount = accounts.find(ada.subject());
        assertThat(adaAccount.displayName()).isEqualTo("Student " + ada.subject());
        assertThat(adaAccount.teacher()).isFalse();
    }

    @Test
    void aLearnerBeforeAnyInstructorIsToldToWait() throws Exception {
        HttpResponse<String> page = browser().launch(student("early-" + course));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Your teacher has not opened Colloquy in this course yet");
    }

    @Test
    void aCourseOpenedInSpanishIsASpanishClass() throws Exception {
        Launch garcia = new Launch(
                "garcia-" + course, "Sra García", TestLtiPlatform.INSTRUCTOR, DEPLOYMENT, course, "Historia", "es-ES");
        browser().launchAndContinue(garcia);
        long classId = onlyClassOf(garcia).id();
        assertThat(accounts.as(accounts.find(garcia.subject()), () -> discussion.tags(classId)))
                .extracting(Tag::name)
                .contains("Pregunta", "Prueba");
    }

    @Test
    void aStudentInTwoCoursesIsInTheirTwoClassesAndNoOther() throws Exception {
        browser().launchAndContinue(teacher("rivera-" + course));
        Launch other = teacher("okafor-" + course).inCourse(course + "-b", "Civics 102");
        browser().launchAndContinue(other);
        Launch third = teacher("lind-" + course).inCourse(course + "-c", "Civics 103");
        browser().launchAndContinue(third);
        Launch ada = student("ada-" + course);
        browser().launchAndContinue(ada);
        browser().launchAndContinue(ada.inCourse(course + "-b", "Civics 102"));

        Account adaAccount = accounts.find(ada.subject());
        assertThat(accounts.as(adaAccount, () -> classrooms.myClasses()))
                .extracting(ClassroomSummary::name)
                .containsExactlyInAnyOrder("Civics 101", "Civics 102");
        long notHers = onlyClassOf(third).id();
        assertThatThrownBy(() -> accounts.as(adaAccount, () -> classrooms.getClassroom(notHers)))
                .as("a class one is not in does not exist for one")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(
                        adaAccount,
                        () -> classrooms.joinSettings(onlyClassOf(other).id())))
                .as("a student of an LTI class is no teacher there")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTokenForAnotherToolIsRefused() throws Exception {
        LtiBrowser browser = browser();
        LtiBrowser.Login login = browser.login();
        HttpResponse<String> page = browser.launch(
                moodle.idTokenFor("another-tool", teacher("rivera-" + course), login.nonce()), login.state());
        assertRefused(page, "could not be checked");
        assertThat(accounts.taken("rivera-" + course)).isFalse();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        LtiBrowser browser = browser();
        LtiBrowser.Login login = browser.login();
        assertRefused(
                browser.launch(moodle.expiredIdToken(teacher("rivera-" + course), login.nonce()), login.state()),
                "could not be checked");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        LtiBrowser browser = browser();
        LtiBrowser.Login login = browser.login();
        assertRefused(
                browser.launch(moodle.forgedIdToken(teacher("rivera-" + course), login.nonce()), login.state()),
                "could not be checked");
    }

    @Test
    void aReplayedLaunchIsRefused() throws Exception {
        LtiBrowser browser = browser();
        LtiBrowser.Login login = browser.login();
        String token = moodle.idToken(teacher("rivera-" + course), login.nonce());
        assertThat(browser.launch(token, login.state()).statusCode()).isEqualTo(200);

        assertRefused(browser.launch(token, login.state()), "could not be checked");
        LtiBrowser.Login another = browser.login();
        assertRefused(browser.launch(token, another.state()), "could not be checked");
    }

    @Test
    void aLaunchFromAnUnknownDeploymentIsRefused() throws Exception {
        LtiBrowser browser = browser();
        LtiBrowser.Login login = browser.login();
        assertRefused(
                browser.launch(
                        moodle.idToken(teacher("rivera-" + course).fromDeployment("deployment-2"), login.nonce()),
                        login.state()),
                "could not be checked");
    }

    @Test
    void aLoginFromAnUnregisteredPlatformIsRefused() throws Exception {
        HttpResponse<String> page =
                browser().get("/lti/login?iss=" + enc("https://lms.elsewhere.example") + "&login_hint=x&client_id=y");
        assertRefused(page, "could not be checked");
    }

    @Test
    void aTicketLetsInOnce() throws Exception {
        LtiBrowser browser = browser();
        HttpResponse<String> page = browser.launch(teacher("rivera-" + course));
        String link = continueLink(page.body());
        assertThat(browser.get(link).statusCode()).isEqualTo(302);

        HttpResponse<String> again = browser().get(link);
        assertRefused(again, "used already or has expired");
    }

    private ClassroomSummary onlyClassOf(Launch who) {
        List<ClassroomSummary> classes = accounts.as(accounts.find(who.subject()), () -> classrooms.myClasses());
        assertThat(classes).hasSize(1);
        return classes.getFirst();
    }

    private static void assertRefused(HttpResponse<String> page, String says) {
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Colloquy could not open").contains(says);
    }

    private LtiBrowser browser() {
        return new LtiBrowser(port, moodle);
    }

    private String continueLink(String page) {
        return browser().continueLink(page);
    }

    private static String enc(String value) {
        return LtiBrowser.enc(value);
    }
}
