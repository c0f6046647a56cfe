package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student reads with the keyboard alone and comes back where they left off; the teacher sees
 * who has started; on a phone the roster keeps students' names in view.
 */
class ReadingProgressJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LibraryService library;

    @Autowired
    ReadingService readings;

    @Test
    void keyboardReadingResumeAndTheTeachersProgressView() {
        Account teacher = accounts.createTeacher("teacher");
        Account student = accounts.create("reader");
        Account idle = accounts.create("idle");
        long classId = accounts.createClass(teacher, "Period 6", student, idle);
        String longText = IntStream.range(0, 40)
                .mapToObj(i -> "Paragraph " + i + " of a long lesson, long enough to scroll.")
                .reduce((a, b) -> a + "\n\n" + b)
                .orElseThrow();
        accounts.as(
                teacher,
                () -> readings.assign(
                        classId,
                        library.importReading(new NewReading(
                                "Common Sense",
                                null,
                                "",
                                List.of(
                                        new NewReading.NewLesson("Introduction", longText, List.of()),
                                        new NewReading.NewLesson("Of the Origin", longText, List.of()),
                                        new NewReading.NewLesson("Of Monarchy", longText, List.of())))),
                        null,
                        null));

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, student.loginName(), TestAccounts.PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Common Sense"))
                    .click();
            assertThat(page.getByText("Lesson 1 of 3")).isVisible();

            // The text has the focus from the start: PageDown scrolls it.
            assertThat(page.locator("reading-pane")).isFocused();
            Object before = page.evaluate("() => document.querySelector('reading-pane').getBoundingClientRect().top");
            page.keyboard().press("PageDown");
            page.waitForFunction(
                    "top => document.querySelector('reading-pane').getBoundingClientRect().top < top - 100", before);

            // "Next lesson" is a few Tabs away.
            int tabs = 0;
            while (tabs < 10
                    && !"Next lesson →".equals(page.evaluate("() => document.activeElement?.textContent?.trim()"))) {
                page.keyboard().press("Tab");
                tabs++;
            }
            assertThat(tabs).as("Tabs from the text to 'Next lesson'").isLessThan(10);
            page.keyboard().press("Enter");
            assertThat(page.getByText("Lesson 2 of 3")).isVisible();

            // Back on My work, the reading continues with the first lesson not opened yet.
            page.navigate(url("/work"));
            assertThat(page.getByText("continue with lesson 3")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Common Sense"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Of Monarchy").setLevel(1)))
                    .isVisible();
            assertThat(page.getByText("Lesson 3 of 3")).isVisible();
        }

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, teacher.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/classes/" + classId));
            Locator progress = page.locator("vaadin-details.progress");
            assertThat(progress).containsText("Progress: 1 done, 0 in progress, 1 not started");
            progress.click();
            Locator grid = progress.locator("vaadin-grid");
            assertThat(grid.getByText(student.displayName())).isVisible();
            // Lessons opened and lessons done (no prompts here: opened is done) for each of the two students.
            assertThat(grid.getByText("3 of 3")).hasCount(2);
            assertThat(grid.getByText("0 of 3")).hasCount(2);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/teacher-progress.png"))
                    .setFullPage(true));
        }

        try (BrowserContext phone = browser.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setIsMobile(true)
                        .setHasTouch(true))) {
            Page page = phone.newPage();
            signIn(page, teacher.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/classes/" + classId + "/manage"));
            Locator name = page.locator("vaadin-grid").getByText(student.displayName());
            assertThat(name).isVisible();
            var box = name.boundingBox();
            assertThat(box.x).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("the whole name is on screen").isLessThanOrEqualTo(390);
        }
    }
}
