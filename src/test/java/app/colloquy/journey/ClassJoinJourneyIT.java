package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.AttemptThrottle;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A class's first day: the teacher shares a code, a new student joins by the link, the roster shows them. */
class ClassJoinJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClassroomService classrooms;

    @Test
    void aTeacherCreatesAClassANewStudentJoinsByTheLinkAndAppearsOnTheRoster() {
        Account teacher = accounts.createTeacher("teacher");
        try (BrowserContext teacherContext = newContext();
                BrowserContext studentContext = newContext()) {
            Page t = teacherContext.newPage();
            signIn(t, teacher.loginName(), TestAccounts.PASSWORD);
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New class"))
                    .click();
            t.getByLabel("Class name").fill("Government, period 2");
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create class"))
                    .click();
            assertThat(t.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Manage Government, period 2")))
                    .isVisible();
            String code = t.getByLabel("Join code", new Page.GetByLabelOptions().setExact(true))
                    .innerText()
                    .strip();
            String link = t.locator(".join-link").innerText().strip();
            Assertions.assertThat(code).matches("[A-Z2-9]{8}");
            Assertions.assertThat(link).endsWith("/join/" + code);
            t.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/manage-class.png"))
                    .setFullPage(true));

            Page s = studentContext.newPage();
            s.navigate(link);
            assertThat(s.getByRole(AriaRole.STATUS)).containsText("You are joining Government, period 2");
            assertThat(s.getByLabel("Your name")).isFocused();
            String login = "dana-" + UUID.randomUUID().toString().substring(0, 6);
            s.getByLabel("Your name").fill("Dana Whitfield");
            s.getByLabel("Login name").fill(login);
            s.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("correct horse battery");
            s.getByLabel("Password again").fill("correct horse battery");
            s.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account and join"))
                    .click();
            assertThat(s.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Government, period 2")))
                    .isVisible();
            assertThat(s.locator(".signed-in-as")).hasText("Dana Whitfield");
            s.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/student-joined.png")));

            t.reload();
            assertThat(t.locator("vaadin-grid").getByText(login)).isVisible();
            t.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/roster.png"))
                    .setFullPage(true));
        }
    }

    @Test
    void aNewStudentLearnsOfAWrongCodeBeforeMakingAnAccountAndSeesAllAccountProblemsAtOnce() {
        Account teacher = accounts.createTeacher("teacher");
        long classId = accounts.createClass(teacher, "Biology");
        String code =
                accounts.as(teacher, () -> classrooms.joinSettings(classId).joinCode());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(url("/join"));
            assertThat(page.getByLabel("Your name")).isHidden();
            page.getByLabel("Join code").fill("WRONG234");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            assertThat(page.locator("vaadin-text-field.join-code-field")).hasAttribute("invalid", "");
            assertThat(page.getByLabel("Your name")).isHidden();

            page.getByLabel("Join code").fill(code.toLowerCase());
            page.getByLabel("Join code").press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS))
                    .containsText("You are joining Biology, taught by " + teacher.displayName());
            assertThat(page.getByLabel("Your name")).isFocused();
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("short");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account and join"))
                    .click();
            assertThat(page.locator("vaadin-text-field[invalid], vaadin-password-field[invalid]"))
                    .hasCount(4);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/join-all-problems.png")));
        }
    }

    @Test
    void aStudentWithAnAccountSignsInFromTheJoinLinkAndComesBackToJoin() {
        Account teacher = accounts.createTeacher("teacher");
        Account student = accounts.create("returning");
        long classId = accounts.createClass(teacher, "Economics");
        String code =
                accounts.as(teacher, () -> classrooms.joinSettings(classId).joinCode());
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(url("/join/" + code));
            Locator signInLink = page.getByRole(
                    AriaRole.LINK, new Page.GetByRoleOptions().setName("I already have an account: sign in and join"));
            signInLink.click();
            page.waitForURL("**/login");
            submitSignIn(page, student.loginName(), TestAccounts.PASSWORD);

            assertThat(page.getByLabel("Join code")).hasValue(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join class"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Economics")))
                    .isVisible();
        }
    }

    @Test
    void repeatedWrongPasswordsPauseSigningInForThatLoginWithAFriendlyMessage() {
        Account student = accounts.create("forgetful");
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            for (int i = 0; i < AttemptThrottle.Kind.SIGN_IN_LOGIN.freeFailures(); i++) {
                submitSignIn(page, student.loginName(), "wrong password " + i);
                assertThat(page.getByText("Incorrect login name or password")).isVisible();
            }

            submitSignIn(page, student.loginName(), TestAccounts.PASSWORD);

            assertThat(page.getByText("Too many failed sign-ins")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My classes")))
                    .isHidden();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/sign-in-throttled.png")));
        }
    }
}
