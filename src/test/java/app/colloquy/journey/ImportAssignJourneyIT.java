package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A teacher turns an article into lessons with a prompt and assigns it; the student finds it under "My work". */
class ImportAssignJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LibraryService library;

    @Test
    void aTeacherImportsAdjustsAddsAPromptAndAssignsAStudentSeesItUnderMyWork() throws IOException {
        Account teacher = accounts.createTeacher("teacher");
        Account student = accounts.create("student");
        accounts.createClass(teacher, "World History", student);
        try (BrowserContext teacherContext = newContext("America/Chicago");
                BrowserContext studentContext = newContext("Europe/Berlin")) {
            Page t = teacherContext.newPage();
            signIn(t, teacher.loginName(), TestAccounts.PASSWORD);
            t.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My readings"))
                    .click();
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import a reading"))
                    .click();
            t.getByLabel("Article text").fill(corpus("september-1914-everyones-embassy.crlf.txt"));
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose lessons"))
                    .click();
            assertThat(t.getByLabel("Reading title")).hasValue("September 1914: Everyone’s Embassy");
            assertThat(t.getByLabel("Lesson 4 title")).hasValue("Diplomats Under Fire");
            t.getByLabel("Lesson 1 title").fill("Discord and Amité");
            t.getByLabel("Lesson 1 title").press("Tab");
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge with next: Battle of the Marne"))
                    .click();
            t.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/import-proposal.png"))
                    .setFullPage(true));
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 3 lessons"))
                    .click();

            // The editor opens with the first lesson open, its prompts in view.
            assertThat(t.getByText("1. Discord and Amité · no prompts yet")).isVisible();
            t.getByLabel("New prompt for Discord and Amité").fill("Why did the three ambassadors disagree?");
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add prompt"))
                    .first()
                    .click();
            assertThat(t.getByLabel("Prompt 1", new Page.GetByLabelOptions().setExact(true))
                            .first())
                    .hasValue("Why did the three ambassadors disagree?");
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign to a class"))
                    .click();
            assertThat(t.getByText("Due (CT)")).isVisible();
            t.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Assign").setExact(true))
                    .click();
            assertThat(t.getByText("Assigned to World History.")).isVisible();

            Page s = studentContext.newPage();
            signIn(s, student.loginName(), TestAccounts.PASSWORD);
            s.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work"))
                    .click();
            assertThat(s.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("September 1914: Everyone’s Embassy")))
                    .isVisible();
            assertThat(s.getByText("Not started")).isVisible();
            assertThat(s.getByText(Pattern.compile("Due .* CET"))).isVisible();
            s.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/my-work.png")));
            s.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("September 1914: Everyone’s Embassy"))
                    .click();
            assertThat(s.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions()
                                    .setName("Discord and Amité")
                                    .setLevel(1)))
                    .isVisible();
            assertThat(s.getByRole(AriaRole.LISTITEM)
                            .filter(new Locator.FilterOptions().setHasText("Why did the three ambassadors disagree?")))
                    .isVisible();
        }
    }

    @Test
    void savingAPromptThatASecondTabDeletedSaysSoAndChangesNothing() {
        Account teacher = accounts.createTeacher("teacher");
        long readingId = accounts.as(
                teacher,
                () -> library.importReading(new NewReading(
                        "Gettysburg Address",
                        null,
                        "",
                        List.of(new NewReading.NewLesson(
                                "The address",
                                "Four score and seven years ago...",
                                List.of("What is the \"unfinished work\"?"))))));
        try (BrowserContext context = newContext()) {
            Page first = context.newPage();
            signIn(first, teacher.loginName(), TestAccounts.PASSWORD);
            Page second = context.newPage();
            for (Page tab : List.of(first, second)) {
                tab.navigate(url("/library/readings/" + readingId));
                assertThat(tab.getByText("1. The address · 1 prompt")).isVisible();
            }

            first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete prompt 1"))
                    .click();
            second.getByLabel("Prompt 1", new Page.GetByLabelOptions().setExact(true))
                    .fill("An edit made on a stale page");
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save prompt 1"))
                    .click();

            assertThat(second.getByText("That is no longer there")).isVisible();
            Assertions.assertThat(accounts.as(teacher, () -> library.readingForEditing(readingId))
                            .lessons()
                            .getFirst()
                            .prompts())
                    .isEmpty();
        }
    }

    private static String corpus(String name) throws IOException {
        try (InputStream in = ImportAssignJourneyIT.class.getResourceAsStream("/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
