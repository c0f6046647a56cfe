package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingDraft;
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
 * A student drafts an answer that saves itself, closes the tab and finds the draft again, submits
 * it; a classmate sees it only after answering the gated prompt; the teacher sees every answer.
 */
class AnswerJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;
    @Autowired
    LibraryService library;
    @Autowired
    ReadingService readings;

    @Test
    void draftsSurviveClosingTheTabAndGatedAnswersAppearAfterAnswering() {
        Account teacher = accounts.createTeacher("teacher");
        Account ana = accounts.create("ana");
        Account ben = accounts.create("ben");
        long classId = accounts.createClass(teacher, "Period 7", ana, ben);
        long lessonId = accounts.as(teacher, () -> {
            long readingId = library.importReading(new NewReading("Federalist No. 10", null, "", List.of(
                    new NewReading.NewLesson("Faction", "Liberty is to faction what air is to fire.", List.of("Is faction avoidable?")))));
            readings.assign(classId, readingId, null, null);
            ReadingDraft.Lesson lesson = library.readingForEditing(readingId).lessons().getFirst();
            library.updatePrompt(lesson.prompts().getFirst().id(), "Is faction avoidable?", true);
            return lesson.id();
        });
        String lesson = url("/classes/" + classId + "/lessons/" + lessonId);

        try (BrowserContext anaBrowser = newContext(); BrowserContext benBrowser = newContext()) {
            Page a = anaBrowser.newPage();
            signIn(a, ana.loginName(), TestAccounts.PASSWORD);
            a.navigate(lesson);
            Locator field = a.getByLabel("Your answer to prompt 1");
            field.fill("No: its causes are sown in the nature of man.");
            assertThat(a.locator(".answer-status")).containsText("Draft saved");
            a.close();

            Page again = anaBrowser.newPage();
            again.navigate(lesson);
            assertThat(again.getByLabel("Your answer to prompt 1")).hasValue("No: its causes are sown in the nature of man.");

            Page b = benBrowser.newPage();
            signIn(b, ben.loginName(), TestAccounts.PASSWORD);
            b.navigate(lesson);
            assertThat(b.getByText("Classmates' answers appear here once you have submitted yours.")).isVisible();

            again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answer")).click();
            assertThat(again.locator(".answer-status")).containsText("Submitted");

            b.reload();
            assertThat(b.getByText("Classmates' answers appear here once you have submitted yours.")).isVisible();
            b.getByLabel("Your answer to prompt 1").fill("Yes, if liberty is given up, which is worse.");
            b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answer")).click();
            b.getByText("Classmates' answers (1)").click();
            assertThat(b.getByText("No: its causes are sown in the nature of man.")).isVisible();
            b.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/answers-after-submitting.png")).setFullPage(true));
        }

        try (BrowserContext context = newContext()) {
            Page t = context.newPage();
            signIn(t, teacher.loginName(), TestAccounts.PASSWORD);
            t.navigate(lesson);
            Locator answers = t.locator(".teacher-answers");
            assertThat(answers).containsText("Answers: 2 submitted, 0 drafting, 0 late");
            answers.click();
            assertThat(answers.getByText("No: its causes are sown in the nature of man.")).isVisible();
            t.getByLabel("Maximum score").fill("10");
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save maximum")).click();
            Locator teacherAnswers = t.locator(".teacher-answers");
            assertThat(teacherAnswers).hasAttribute("opened", "");
            Locator anasRow = teacherAnswers.locator("li", new Locator.LocatorOptions().setHasText(
                    "No: its causes are sown in the nature of man."));
            // The score field appears once the maximum is saved and the answers are redrawn.
            assertThat(anasRow.locator("vaadin-integer-field")).isVisible();
            anasRow.getByLabel("Feedback for " + ana.displayName()).fill("Madison would agree.");
            anasRow.locator("vaadin-integer-field input").fill("9");
            anasRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save feedback")).click();
            assertThat(t.getByText("Feedback saved for " + ana.displayName() + ".")).isVisible();
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock answers")).click();
            assertThat(t.getByText("Locked: submitted answers are final")).isVisible();
        }

        try (BrowserContext context = newContext()) {
            Page a = context.newPage();
            signIn(a, ana.loginName(), TestAccounts.PASSWORD);
            a.navigate(lesson);
            Locator feedback = a.locator(".answer-feedback");
            assertThat(feedback).containsText("Feedback from " + teacher.displayName());
            assertThat(feedback).containsText("Score 9 of 10");
            assertThat(feedback).containsText("Madison would agree.");
            a.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/answer-feedback.png")).setFullPage(true));
        }
    }
}
