package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From the lesson page a teacher reaches the lesson in the editor, sees its prompts, and is warned
 * before unsaved changes are lost, on leaving the page in the app and on closing the tab.
 */
class EditorJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LibraryService library;

    @Autowired
    ReadingService readings;

    @Test
    void theLessonPageLeadsToItsEditorWhichGuardsUnsavedChanges() {
        Account teacher = accounts.createTeacher("teacher");
        long classId = accounts.createClass(teacher, "Period 5");
        long lessonId = accounts.as(teacher, () -> {
            long readingId = library.importReading(new NewReading(
                    "Federalist No. 51",
                    null,
                    "",
                    List.of(
                            new NewReading.NewLesson(
                                    "Ambition", "Ambition must be made to counteract ambition.", List.of()),
                            new NewReading.NewLesson(
                                    "Angels",
                                    "If men were angels, no government would be necessary.",
                                    List.of("Why would angels need no government?")))));
            readings.assign(classId, readingId, null, null);
            return library.readingForEditing(readingId).lessons().get(1).id();
        });
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, teacher.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/classes/" + classId + "/lessons/" + lessonId));
            assertThat(page.getByText("Lesson 2 of 2")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit this lesson and its prompts"))
                    .click();

            Locator angels =
                    page.locator("vaadin-details", new Page.LocatorOptions().setHasText("2. Angels · 1 prompt"));
            assertThat(angels).hasAttribute("opened", "");
            Locator text = angels.getByLabel("Lesson text");
            assertThat(page.getByLabel("Prompt 1", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Why would angels need no government?");

            text.fill("If men were angels, no government would be necessary. An unsaved thought.");
            text.blur();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My readings"))
                    .click();
            Locator confirm =
                    page.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName("Leave without saving?"));
            confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stay on this page"))
                    .click();
            assertThat(text).hasValue("If men were angels, no government would be necessary. An unsaved thought.");
            assertThatEval(page.evaluate("() => window.colloquyUnsaved"), true);

            angels.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save lesson"))
                    .click();
            assertThat(page.getByText("Saved (text version 2).")).isVisible();
            assertThatEval(page.evaluate("() => window.colloquyUnsaved"), false);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My readings"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My readings")))
                    .isVisible();

            // Closing the tab with unsaved changes: the browser asks first.
            page.goBack();
            Locator again = page.locator("vaadin-details", new Page.LocatorOptions().setHasText("2. Angels"))
                    .getByLabel("Lesson text");
            again.fill("Changed once more, not saved.");
            again.blur();
            page.waitForFunction("() => window.colloquyUnsaved === true");
            List<String> dialogs = new CopyOnWriteArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.type());
                dialog.dismiss();
            });
            page.close(new Page.CloseOptions().setRunBeforeUnload(true));
            page.waitForTimeout(500);
            Assertions.assertThat(dialogs).contains("beforeunload");
        }
    }

    private static void assertThatEval(Object value, Object expected) {
        Assertions.assertThat(value).isEqualTo(expected);
    }
}
