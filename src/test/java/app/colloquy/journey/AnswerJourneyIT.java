package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student drafts an answer that saves itself, closes the tab and finds the draft again, cites a
 * passage and submits; a classmate sees it only after answering the gated prompt, and replies; the
 * teacher sees every answer with its evidence and returns feedback, which the student finds. And
 * typing through a dropped connection loses nothing.
 */
class AnswerJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestReadings testReadings;

    @Test
    void draftsSurviveClosingTheTabAndGatedAnswersAppearAfterAnswering() {
        Account teacher = accounts.createTeacher("teacher");
        Account ana = accounts.create("ana");
        Account ben = accounts.create("ben");
        long classId = accounts.createClass(teacher, "Period 7", ana, ben);
        long lessonId = testReadings
                .lessonIn(classId, teacher)
                .titled("Federalist No. 10", "Faction")
                .text("Liberty is to faction what air is to fire.")
                .prompts("Is faction avoidable?")
                .answerBeforePeers()
                .assign()
                .lessonId();
        String lesson = url("/classes/" + classId + "/lessons/" + lessonId);

        try (BrowserContext anaBrowser = newContext();
                BrowserContext benBrowser = newContext()) {
            Page a = anaBrowser.newPage();
            signIn(a, ana.loginName(), TestAccounts.PASSWORD);
            a.navigate(lesson);
            Locator field = a.getByLabel("Your answer to prompt 1");
            field.fill("No: its causes are sown in the nature of man.");
            assertThat(a.locator(".answer-status")).containsText("Draft saved");
            a.close();

            Page again = anaBrowser.newPage();
            again.navigate(lesson);
            assertThat(again.getByLabel("Your answer to prompt 1"))
                    .hasValue("No: its causes are sown in the nature of man.");
            citeNewWords(again, "air is to fire");
            assertThat(again.locator(".answer-editor")).containsText("“air is to fire”");

            Page b = benBrowser.newPage();
            signIn(b, ben.loginName(), TestAccounts.PASSWORD);
            b.navigate(lesson);
            assertThat(b.getByText("Classmates' answers appear here once you have submitted yours."))
                    .isVisible();

            again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answer"))
                    .click();
            assertThat(again.locator(".answer-status")).containsText("Submitted");

            b.reload();
            assertThat(b.getByText("Classmates' answers appear here once you have submitted yours."))
                    .isVisible();
            b.getByLabel("Your answer to prompt 1").fill("Yes, if liberty is given up, which is worse.");
            b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answer"))
                    .click();
            b.getByText("Classmates' answers (1)").click();
            Locator anasAnswer = b.locator(
                    ".classmate-answers li",
                    new Page.LocatorOptions().setHasText("No: its causes are sown in the nature of man."));
            assertThat(anasAnswer).containsText("“air is to fire”");
            anasAnswer
                    .getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Helpful: answer by " + ana.displayName()))
                    .click();
            assertThat(anasAnswer.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions()
                                    .setName("Helpful: answer by " + ana.displayName() + ", 1 so far")))
                    .hasAttribute("aria-pressed", "true");
            anasAnswer
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reply to " + ana.displayName()))
                    .click();
            b.getByLabel("Your reply").fill("But is the remedy worse than the disease?");
            b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post reply"))
                    .click();
            assertThat(anasAnswer).containsText("But is the remedy worse than the disease?");
            // Ana's open page hears of Ben's answer and of the reply without a reload.
            assertThat(again.locator(".my-answer-responses")).containsText("But is the remedy worse than the disease?");
            again.getByText("Classmates' answers (1)").click();
            assertThat(again.locator(".classmate-answers"))
                    .containsText("Yes, if liberty is given up, which is worse.");
            b.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/answers-after-submitting.png"))
                    .setFullPage(true));
        }

        try (BrowserContext context = newContext()) {
            Page t = context.newPage();
            signIn(t, teacher.loginName(), TestAccounts.PASSWORD);
            t.navigate(lesson);
            Locator answers = t.locator(".teacher-answers");
            assertThat(answers).containsText("Answers: 2 submitted, 0 drafting, 0 late");
            answers.click();
            assertThat(answers.getByText("No: its causes are sown in the nature of man."))
                    .isVisible();
            assertThat(answers).containsText("“air is to fire”");
            t.getByLabel("Maximum score").fill("10");
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save maximum"))
                    .click();
            Locator teacherAnswers = t.locator(".teacher-answers");
            assertThat(teacherAnswers).hasAttribute("opened", "");
            Locator anasRow = teacherAnswers.locator(
                    "li", new Locator.LocatorOptions().setHasText("No: its causes are sown in the nature of man."));
            // The score field appears once the maximum is saved and the answers are redrawn.
            assertThat(anasRow.locator("vaadin-integer-field")).isVisible();
            anasRow.getByLabel("Feedback for " + ana.displayName()).fill("Madison would agree.");
            anasRow.locator("vaadin-integer-field input").fill("9");
            anasRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save feedback"))
                    .click();
            assertThat(t.getByText("Feedback saved for " + ana.displayName() + "."))
                    .isVisible();
            t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock answers"))
                    .click();
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
            a.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/answer-feedback.png"))
                    .setFullPage(true));
            a.navigate(url("/work"));
            Locator feedbackLink =
                    a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feedback arrived on 1 answer"));
            assertThat(a.locator(".work-item")).containsText("Done");
            feedbackLink.click();
            assertThat(a.locator(".answer-feedback")).containsText("Madison would agree.");
        }
    }

    @Test
    void whatIsTypedWhileTheConnectionIsDownIsSavedWhenItReturnsOrOnTheNextVisit() {
        Account teacher = accounts.createTeacher("teacher");
        Account ana = accounts.create("ana");
        long classId = accounts.createClass(teacher, "Period 8", ana);
        long lessonId = testReadings
                .lessonIn(classId, teacher)
                .titled("Federalist No. 51", "Angels")
                .text("If men were angels, no government would be necessary.")
                .prompts("Why is government necessary?")
                .assign()
                .lessonId();
        String lesson = url("/classes/" + classId + "/lessons/" + lessonId);

        try (BrowserContext context = newContext()) {
            Page a = context.newPage();
            signIn(a, ana.loginName(), TestAccounts.PASSWORD);
            a.navigate(lesson);
            Locator field = a.getByLabel("Your answer to prompt 1");
            field.fill("Men are not angels.");
            // The pause before each save is no failure: nothing warns while the student writes.
            Assertions.assertFalse(a.locator(".answer-unsaved").isVisible(), "a warning while writing");
            assertThat(a.locator(".answer-status")).containsText("Draft saved");

            context.setOffline(true);
            field.pressSequentially(" Written on the train.");
            Locator unsaved = a.getByText("Not saved yet: kept in this browser until the server has it");
            assertThat(unsaved).isVisible();
            assertThat(a.getByText("41 of 20,000 characters")).isVisible();
            context.setOffline(false);
            assertThat(unsaved).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(30_000));
            a.reload();
            assertThat(a.getByLabel("Your answer to prompt 1")).hasValue("Men are not angels. Written on the train.");

            context.setOffline(true);
            a.getByLabel("Your answer to prompt 1").pressSequentially(" Then the tab closed.");
            a.close();
            context.setOffline(false);
            Page back = context.newPage();
            back.navigate(lesson);
            assertThat(back.getByLabel("Your answer to prompt 1"))
                    .hasValue("Men are not angels. Written on the train. Then the tab closed.");
            assertThat(back.locator(".answer-status")).containsText("Draft saved");
            back.reload();
            assertThat(back.getByLabel("Your answer to prompt 1"))
                    .hasValue("Men are not angels. Written on the train. Then the tab closed.");
        }
    }

    /** Cites new words from the answer's "Cite evidence" action: select them in the text, Annotate, Cite. */
    private static void citeNewWords(Page page, String words) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cite evidence"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Highlight new words to cite"))
                .click();
        assertThat(page.locator(".discussion-activity")).containsText("Select the words to cite");
        page.locator("reading-pane").evaluate("""
                (pane, words) => {
                  const piece = [...pane.querySelectorAll('[data-start]')].find(p => p.textContent.includes(words));
                  const text = [...piece.childNodes].find(n => n.nodeType === Node.TEXT_NODE);
                  const at = text.data.indexOf(words);
                  const range = document.createRange();
                  range.setStart(text, at);
                  range.setEnd(text, at + words.length);
                  document.getSelection().removeAllRanges();
                  document.getSelection().addRange(range);
                }""", words);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annotate"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Cite").setExact(true))
                .click();
        assertThat(page.locator(".discussion-activity"))
                .containsText("Your highlight is cited in your answer to prompt 1.");
    }
}
