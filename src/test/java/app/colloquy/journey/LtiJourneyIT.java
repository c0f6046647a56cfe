package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.lti.LtiPlatforms;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestLtiPlatform;
import app.colloquy.testsupport.TestLtiPlatform.Launch;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher opens Colloquy from their course in a learning platform the test plays: the browser
 * follows the login initiation to the platform, the platform posts the signed launch back, and
 * the teacher lands in the class made for the course, signed in; a student of the course follows.
 */
class LtiJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    LibraryService library;

    @Test
    void aTeacherAndAStudentOpenColloquyFromTheirCourse() {
        String course = "course-" + UUID.randomUUID().toString().substring(0, 8);
        try (TestLtiPlatform canvas = new TestLtiPlatform("colloquy-tool")) {
            Account admin = accounts.createAdmin("admin");
            canvas.trustsToolKeysAt(url("/lti/jwks"));
            canvas.hasRoster(List.of(Map.of(
                    "user_id",
                    "lind-" + course,
                    "name",
                    "Mr Lind",
                    "roles",
                    List.of(TestLtiPlatform.INSTRUCTOR),
                    "status",
                    "Active")));
            accounts.as(admin, () -> platforms.register(canvas.registration("Canvas", "d1")));

            Page teacherPage = launch(
                    canvas,
                    new Launch(
                            "okafor-" + course,
                            "Ms Okafor",
                            TestLtiPlatform.INSTRUCTOR,
                            "d1",
                            course,
                            "World History",
                            "en-US"));
            assertThat(teacherPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("World History")))
                    .isVisible();
            assertThat(teacherPage.locator(".signed-in-as")).hasText("Ms Okafor");
            teacherPage
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring in the course's roster"))
                    .click();
            assertThat(teacherPage.getByText("The roster listed 1 person; everyone is in the class now."))
                    .isVisible();
            teacherPage.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "lti-teacher-class.png")));

            Page studentPage = launch(
                    canvas,
                    new Launch(
                            "ada-" + course,
                            "Ada Lovelace",
                            TestLtiPlatform.LEARNER,
                            "d1",
                            course,
                            "World History",
                            "en-US"));
            assertThat(studentPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("World History")))
                    .isVisible();
            assertThat(studentPage.locator(".signed-in-as")).hasText("Ada Lovelace");
        }
    }

    /** The person opens the tool from their course: the platform's login initiation link, in a browser of their own. */
    private Page launch(TestLtiPlatform platform, Launch who) {
        platform.launches(who);
        return openFromCourse(platform, who, "**/classes/*");
    }

    private Page openFromCourse(TestLtiPlatform platform, Launch who, String landsAt) {
        Page page = newContext().newPage();
        page.navigate(url("/lti/login?iss=" + enc(platform.issuer()) + "&login_hint=" + who.subject() + "&client_id="
                + enc(platform.clientId()) + "&target_link_uri=" + enc(url("/lti/launch"))));
        page.waitForURL(landsAt);
        return page;
    }

    @Test
    void aTeacherAddsAReadingToTheirCourseFromInsideThePlatform() {
        String course = "course-" + UUID.randomUUID().toString().substring(0, 8);
        try (TestLtiPlatform moodle = new TestLtiPlatform("colloquy-picker")) {
            accounts.as(accounts.createAdmin("admin"), () -> platforms.register(moodle.registration("Moodle", "d1")));
            Launch rivera = new Launch(
                    "rivera-" + course, "Mr Rivera", TestLtiPlatform.INSTRUCTOR, "d1", course, "Civics", "en-US");
            launch(moodle, rivera);
            Account teacher = accounts.find(rivera.subject());
            accounts.as(
                    teacher,
                    () -> library.importReading(new NewReading(
                            "Federalist No. 10",
                            null,
                            "",
                            List.of(new NewReading.NewLesson(
                                    "Factions", "Among the numerous advantages...", List.of())))));

            moodle.picksContent(rivera);
            Page page = openFromCourse(moodle, rivera, "**/platform-link/*");
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Add a reading to your course in Moodle")))
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "lti-pick.png")));
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Add Federalist No. 10 to the course in Moodle"))
                    .click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Back in the course")))
                    .isVisible();
            org.assertj.core.api.Assertions.assertThat(moodle.receivedDeepLinks())
                    .hasSize(1);
        }
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
