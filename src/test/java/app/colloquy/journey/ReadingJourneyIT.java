package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.testsupport.BrowserJourney;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first journey of a new user, in real Chromium against the running app and its database. */
class ReadingJourneyIT extends BrowserJourney {

    static final String LESSON = "The Key Meetings: Syria, Ukraine and Election Interference";
    BrowserContext context;
    Page page;

    @BeforeEach
    void openPage() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void aTeacherSignsInOpensTheDemoClassAndReadsALessonWithItsPrompts() {
        signIn(page, "teacher", "colloquy-demo");
        assertThat(page.getByText("Ms. Rivera")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo class"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Trump-Putin Meetings: A Detailed Look")))
                .isVisible();
        Locator lessons = page.getByRole(
                        AriaRole.LIST,
                        new Page.GetByRoleOptions().setName("Lessons of Trump-Putin Meetings: A Detailed Look"))
                .getByRole(AriaRole.LINK);
        assertThat(lessons).hasText(new String[] {
            "Examining the Initial Interactions: President Trump Putin Meeting",
            LESSON,
            "Impacts and Aftermath: International Relations, US Foreign Policy"
        });

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(LESSON).setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(LESSON).setLevel(1)))
                .isVisible();
        Locator text = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Lesson text: " + LESSON));
        assertThat(text).containsText("The Helsinki summit was perhaps the most controversial of the interactions.");
        assertThat(text.locator("p")).hasCount(2);
        Locator prompts = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Discussion prompts"))
                .getByRole(AriaRole.LISTITEM);
        assertThat(prompts).hasCount(3);
        assertThat(prompts.first()).containsText("Helsinki press conference");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/teacher-lesson.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
    }

    @Test
    void aWrongPasswordGetsOneMessageThatDoesNotRevealWhetherTheAccountExists() {
        submitSignIn(page, "teacher", "not-the-password");
        String forKnownAccount = page.locator("vaadin-login-form").innerText();
        submitSignIn(page, "nobody-by-this-name", "not-the-password");
        String forUnknownAccount = page.locator("vaadin-login-form").innerText();

        assertThat(page.getByText("Incorrect login name or password")).isVisible();
        Assertions.assertThat(forUnknownAccount).isEqualTo(forKnownAccount);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/wrong-password.png")));
    }

    @Test
    void afterAWrongPasswordTheLoginNameStaysAndOnlyThePasswordIsTypedAgain() {
        submitSignIn(page, "student2", "not-the-password");

        assertThat(page.getByLabel("Login name")).hasValue("student2");
        assertThat(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)))
                .isFocused();
        page.keyboard().type("colloquy-demo");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My classes")))
                .isVisible();
    }

    @Test
    void aSignedInStudentOpeningAMalformedOrForeignUrlSeesNotFound() {
        signIn(page, "student1", "colloquy-demo");

        page.navigate(url("/classes/not-a-number"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                .isVisible();

        page.navigate(url("/classes/999999999/lessons/1"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                .isVisible();
        assertThat(page).hasTitle(Pattern.compile("Not found"));
    }
}
