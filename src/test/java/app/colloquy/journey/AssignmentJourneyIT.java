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
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher fixes an assignment's due date and lessons from the class page, is steered to that
 * assignment when assigning the reading again, and unassigns it: never a second copy.
 */
class AssignmentJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LibraryService library;

    @Autowired
    ReadingService readings;

    /**
     * The class page is the first page of a new tab (browser tests run on the production bundle):
     * every field of the assign dialog is there, and the due time set is the one saved.
     */
    @Test
    void aTeacherAssignsFromAFreshlyOpenedClassPageWithADueTime() {
        Account teacher = accounts.createTeacher("teacher");
        long classId = accounts.createClass(teacher, "Period 5", accounts.create("student"));
        accounts.as(
                teacher,
                () -> library.importReading(new NewReading(
                        "Letter from Birmingham Jail",
                        null,
                        "",
                        List.of(new NewReading.NewLesson(
                                "Why we cannot wait", "We know through painful experience.", List.of())))));

        try (BrowserContext context = newContext("America/New_York")) {
            signIn(context.newPage(), teacher.loginName(), TestAccounts.PASSWORD);
            Page tab = context.newPage();
            tab.navigate(url("/classes/" + classId));
            tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign a reading"))
                    .click();
            Locator assign =
                    tab.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Assign a reading to Period 5"));
            chooseReading(tab, assign, "Letter from Birmingham Jail");
            Locator due = assign.locator("vaadin-date-time-picker").last();
            due.locator("vaadin-date-picker input").fill("4/16/2031");
            due.locator("vaadin-date-picker input").press("Enter");
            due.locator("vaadin-time-picker input").fill("2:30 PM");
            due.locator("vaadin-time-picker input").press("Enter");
            assertThat(assign.getByRole(
                            AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("1. Why we cannot wait")))
                    .isChecked();
            assign.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Assign").setExact(true))
                    .click();
            assertThat(assign).isHidden();
            Locator section = tab.locator("section.reading");
            assertThat(section).hasCount(1);
            assertThat(section.first()).containsText("Apr 16, 2031");
            assertThat(section.first()).containsText("2:30");
        }
    }

    /** One lesson a week, set with the keyboard: the dialog lists each lesson's times before saving, the class page after. */
    @Test
    void aTeacherSpacesTheLessonsOfAReadingAWeekApart() {
        Account teacher = accounts.createTeacher("teacher");
        Account student = accounts.create("student");
        long classId = accounts.createClass(teacher, "Period 6", student);
        accounts.as(
                teacher,
                () -> library.importReading(new NewReading(
                        "The Gettysburg Address",
                        null,
                        "",
                        List.of(
                                new NewReading.NewLesson("Four score", "Four score and seven years ago.", List.of()),
                                new NewReading.NewLesson("A great civil war", "Now we are engaged.", List.of()),
                                new NewReading.NewLesson(
                                        "We cannot dedicate", "But, in a larger sense.", List.of())))));

        try (BrowserContext context = newContext("America/Chicago")) {
            Page page = context.newPage();
            signIn(page, teacher.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/classes/" + classId));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign a reading"))
                    .click();
            Locator assign = page.getByRole(
                    AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Assign a reading to Period 6"));
            chooseReading(page, assign, "The Gettysburg Address");
            Locator days = assign.getByLabel("Days between lessons");
            days.focus();
            page.keyboard().press("Control+A");
            page.keyboard().type("7");
            page.keyboard().press("Tab");
            Locator schedule = assign.getByRole(
                    AriaRole.LIST, new Locator.GetByRoleOptions().setName("When each lesson opens and is due"));
            assertThat(schedule.getByRole(AriaRole.LISTITEM)).hasCount(3);
            assertThat(schedule.getByRole(AriaRole.LISTITEM).nth(2)).containsText("3. We cannot dedicate: opens");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/assign-weekly.png")));
            assign.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Assign").setExact(true))
                    .click();
            assertThat(assign).isHidden();

            Locator lessons = page.getByRole(
                    AriaRole.LIST, new Page.GetByRoleOptions().setName("Lessons of The Gettysburg Address"));
            assertThat(lessons.getByRole(AriaRole.LISTITEM).first()).not().containsText("opens");
            assertThat(lessons.getByRole(AriaRole.LISTITEM).nth(1)).containsText("opens");
            assertThat(lessons.getByRole(AriaRole.LISTITEM).nth(2)).containsText("opens");
            page.waitForTimeout(400); // the closed dialog's fade-out, only for the screenshot
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/class-page-weekly.png")));

            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Change the assignment of The Gettysburg Address"))
                    .click();
            Locator change = page.getByRole(
                    AriaRole.DIALOG,
                    new Page.GetByRoleOptions().setName("Change the assignment of The Gettysburg Address"));
            assertThat(change.getByLabel("Days between lessons")).hasValue("7");
        }
        // The student has this week's lesson, and next week's only next week.
        try (BrowserContext context = newContext("America/Chicago")) {
            Page page = context.newPage();
            signIn(page, student.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/classes/" + classId));
            Locator lessons = page.getByRole(
                    AriaRole.LIST, new Page.GetByRoleOptions().setName("Lessons of The Gettysburg Address"));
            assertThat(lessons.getByRole(AriaRole.LINK)).hasText(new String[] {"Four score"});
            page.navigate(url("/work"));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The Gettysburg Address")))
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/student-weekly.png")));
        }
    }

    @Test
    void aTeacherChangesAndUnassignsAnAssignmentWithoutDuplicates() {
        Account teacher = accounts.createTeacher("teacher");
        Account student = accounts.create("student");
        long classId = accounts.createClass(teacher, "Period 2", student);
        accounts.as(
                teacher,
                () -> readings.assign(
                        classId,
                        library.importReading(new NewReading(
                                "Federalist No. 10",
                                null,
                                "",
                                List.of(
                                        new NewReading.NewLesson(
                                                "Faction", "Among the numerous advantages.", List.of()),
                                        new NewReading.NewLesson("Remedies", "There are two methods.", List.of())))),
                        null,
                        null));

        try (BrowserContext context = newContext("Europe/Berlin")) {
            Page page = context.newPage();
            signIn(page, teacher.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/classes/" + classId));
            Locator readingSections = page.locator("section.reading");
            assertThat(readingSections).hasCount(1);

            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Change the assignment of Federalist No. 10"))
                    .click();
            Locator change = page.getByRole(
                    AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Change the assignment of Federalist No. 10"));
            Locator due = change.locator("vaadin-date-time-picker").last();
            due.locator("vaadin-date-picker input").fill("12/24/2030");
            due.locator("vaadin-date-picker input").press("Enter");
            due.locator("vaadin-time-picker input").fill("9:00 AM");
            due.locator("vaadin-time-picker input").press("Enter");
            change.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("2. Remedies"))
                    .uncheck();
            Locator save = change.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes"));
            save.click();
            assertThat(save).isHidden();
            assertThat(readingSections).hasCount(1);
            assertThat(readingSections.first()).containsText("Dec 24, 2030");
            assertThat(readingSections.first().getByRole(AriaRole.LINK)).hasText(new String[] {"Faction"});

            // Going through the reading a lesson at a time: the next one opens in one click.
            Locator openNext = page.getByRole(
                    AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Open the next lesson of Federalist No. 10: Remedies"));
            assertThat(openNext).hasText("Open next lesson: Remedies");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/open-next-lesson.png")));
            openNext.click();
            assertThat(readingSections.first().getByRole(AriaRole.LINK)).hasText(new String[] {"Faction", "Remedies"});
            assertThat(page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Open the next lesson of Federalist No. 10: Remedies")))
                    .hasCount(0);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign a reading"))
                    .click();
            Locator assign = page.getByRole(
                    AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Assign a reading to Period 2"));
            chooseReading(page, assign, "Federalist No. 10");
            assign.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Assign").setExact(true))
                    .click();
            assertThat(assign.getByRole(AriaRole.ALERT)).containsText("already assigned");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/assign-again.png")));
            assign.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change the existing assignment"))
                    .click();
            Locator existing = page.getByRole(
                    AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Change the assignment of Federalist No. 10"));
            assertThat(existing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")))
                    .isVisible();
            assertThat(assign.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Assign").setExact(true)))
                    .isHidden();
            existing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
                    .click();
            assertThat(readingSections).hasCount(1);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unassign Federalist No. 10"))
                    .click();
            page.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName("Unassign Federalist No. 10?"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unassign"))
                    .click();
            assertThat(readingSections).hasCount(0);
            assertThat(page.getByText("No readings assigned to this class yet."))
                    .isVisible();
        }
    }

    /** Picks the reading in the assign dialog's "Reading" select. */
    private static void chooseReading(Page page, Locator dialog, String title) {
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Reading").setExact(true))
                .click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(title))
                .click();
    }
}
