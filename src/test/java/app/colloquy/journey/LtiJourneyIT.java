package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.lti.LtiPlatforms;
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
        Page page = newContext().newPage();
        page.navigate(url("/lti/login?iss=" + enc(platform.issuer()) + "&login_hint=" + who.subject() + "&client_id="
                + enc(platform.clientId()) + "&target_link_uri=" + enc(url("/lti/launch"))));
        try {
            page.waitForURL("**/classes/*");
        } catch (RuntimeException e) {
            throw new AssertionError("stuck at " + page.url() + ": " + page.content(), e);
        }
        return page;
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
