package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Visibility;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher opens the review of a lesson, finds a question nobody has answered under "Needs
 * attention", replies to it in the lesson, sees it leave the list, and downloads the class's CSV.
 */
class ReviewJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestReadings testReadings;

    @Autowired
    DiscussionService discussion;

    @Test
    void aTeacherFindsAnUnansweredQuestionAndRepliesToIt() throws IOException {
        Account teacher = accounts.createTeacher("teacher");
        Account ana = accounts.create("ana");
        Account ben = accounts.create("ben");
        long classId = accounts.createClass(teacher, "Period 5", ana, ben);
        String text = "If men were angels, no government would be necessary.";
        long lessonId = testReadings
                .lessonIn(classId, teacher)
                .titled("Federalist No. 51", "Angels")
                .text(text)
                .prompts("Why is government necessary?")
                .assign()
                .lessonId();
        accounts.as(ana, () -> {
            long question = discussion.tags(classId).getFirst().id();
            Selection words = discussion.select(classId, lessonId, 1, 3, 18, "men were angels");
            return discussion.annotate(
                    classId,
                    lessonId,
                    new NewAnnotation(
                            words.textVersion(),
                            words.start(),
                            words.end(),
                            words.quote(),
                            "Who are the angels here?",
                            question,
                            Visibility.CLASS));
        });

        try (BrowserContext context = newContext()) {
            Page t = context.newPage();
            signIn(t, teacher.loginName(), TestAccounts.PASSWORD);
            t.navigate(url("/classes/" + classId));
            t.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review 1. Angels"))
                    .click();
            Locator attention = t.locator(".needs-attention");
            assertThat(attention).containsText("Asking for an answer, none yet (1)");
            assertThat(attention).containsText("Who are the angels here?");
            assertThat(attention).containsText("No activity yet on this assignment (1)");
            assertThat(attention).containsText(ben.displayName());
            assertThat(t.locator("reading-pane mark.heat")).hasCount(1);
            t.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/review-needs-attention.png"))
                    .setFullPage(true));

            attention
                    .getByRole(
                            AriaRole.LINK,
                            new Locator.GetByRoleOptions().setName("Open the thread on “men were angels”"))
                    .click();
            Locator thread = t.locator("discussion-threads article")
                    .filter(new Locator.FilterOptions().setHasText("Who are the angels here?"));
            assertThat(thread).isFocused();
            thread.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reply"))
                    .click();
            Locator reply = t.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Reply"));
            reply.getByLabel("Your note").fill("Madison means no one is: that is why we need checks.");
            reply.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post reply"))
                    .click();
            assertThat(thread).containsText("Madison means no one is");

            t.navigate(url("/classes/" + classId + "/lessons/" + lessonId + "/review"));
            assertThat(t.locator(".review-threads")).containsText("Threads by latest activity (1)");
            assertThat(t.locator(".needs-attention")).not().containsText("Asking for an answer, none yet");
            assertThat(t.locator(".review-threads")).containsText("1 reply");

            t.navigate(url("/classes/" + classId));
            t.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Participation in Federalist No. 51"))
                    .click();
            assertThat(t.locator("vaadin-grid")).containsText(ana.displayName());
            Download csv = t.waitForDownload(() -> t.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Download participation and scores of every assignment (CSV)"))
                    .click());
            assertThat(csv.suggestedFilename())
                    .startsWith("colloquy-period-5-participation-")
                    .endsWith(".csv");
            String content = Files.readString(csv.path(), StandardCharsets.UTF_8);
            assertThat(content).startsWith("\uFEFFClass,Reading,Student");
            assertThat(content).contains("Period 5,Federalist No. 51," + ana.displayName() + ",1,0");
            assertThat(t.getByRole(AriaRole.STATUS)).containsText("Downloaded colloquy-period-5-participation-");
        }
    }
}
