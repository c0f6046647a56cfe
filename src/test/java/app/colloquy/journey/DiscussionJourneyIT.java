package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Visibility;
import app.colloquy.reading.LessonText;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two students discuss a lesson live, in two browsers: a highlight and question posted by one
 * appears for the other without reloading, the reply comes back the same way, and the keyboard
 * alone can select and post. User text stays text.
 */
class DiscussionJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ReadingService readings;

    @Autowired
    DiscussionService discussion;

    @Autowired
    TransactionTemplate transactions;

    static final String LESSON = "The Key Meetings: Syria, Ukraine and Election Interference";

    @Test
    void twoStudentsAnnotateAndReplyLiveAndTheKeyboardAloneCanPost() {
        try (BrowserContext first = newContext();
                BrowserContext second = newContext()) {
            Page ada = openLesson(first, "student1");
            Page ben = openLesson(second, "student2");
            Locator adaThreads = threads(ada);
            Locator benThreads = threads(ben);
            int before = benThreads.locator("article").count();

            // Ada selects the start of the first line with the mouse and asks a question.
            Locator firstLine = ada.locator("reading-pane p")
                    .first()
                    .locator("span[data-start]")
                    .first();
            BoundingBox box = firstLine.boundingBox();
            ada.mouse().move(box.x + 1, box.y + 8);
            ada.mouse().down();
            ada.mouse().move(box.x + 260, box.y + 8, new Mouse.MoveOptions().setSteps(5));
            ada.mouse().up();
            ada.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annotate"))
                    .click();
            Locator composer = ada.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Annotate"));
            composer.getByLabel("Your note").fill("<script>alert('x')</script> Why so many meetings?");
            composer.getByLabel("Tag").click();
            ada.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Question"))
                    .click();
            Locator post = composer.getByRole(
                    AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Post").setExact(true));
            post.click();
            assertThat(post).isHidden();
            Locator adasQuestion =
                    adaThreads.locator("article", new Locator.LocatorOptions().setHasText("Why so many meetings?"));
            assertThat(adasQuestion).containsText("Question");
            assertThat(ada.locator("reading-pane button.hl-marker[aria-label='Question by Ada Okafor']"))
                    .hasCount(1);

            // Ben sees it arrive without reloading, with the words as text, and replies.
            Locator question =
                    benThreads.locator("article", new Locator.LocatorOptions().setHasText("Why so many meetings?"));
            assertThat(question).isVisible();
            assertThat(question.locator(".note-body").first())
                    .hasText("<script>alert('x')</script> Why so many meetings?");
            assertThat(benThreads.locator("article")).hasCount(before + 1);
            assertThat(ben.getByRole(AriaRole.STATUS)).containsText("New note by Ada Okafor");
            ben.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/discussion-live-question.png")));
            question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reply"))
                    .click();
            Locator reply = ben.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Reply"));
            reply.getByLabel("Your note").fill("Because each one dealt with a different crisis.");
            Locator postReply = reply.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post reply"));
            postReply.click();
            // After posting, the focus goes to the thread that now holds the reply.
            assertThat(postReply).isHidden();
            assertThat(question).isFocused();

            // Ada sees the reply arrive.
            assertThat(adasQuestion.locator(".replies"))
                    .containsText("Because each one dealt with a different crisis.");
            assertThat(ada.getByRole(AriaRole.STATUS)).containsText("New reply by Ben Lindqvist");
            ada.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/discussion-live-reply.png")));

            // Ben, with the keyboard only: focus the text, select two words, Enter, type, post.
            ben.locator("reading-pane").focus();
            assertThat(ben.locator("reading-pane")).isFocused();
            ben.keyboard().press("Control+Shift+ArrowRight");
            ben.keyboard().press("Control+Shift+ArrowRight");
            ben.keyboard().press("Enter");
            Locator keyboardComposer = ben.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Annotate"));
            assertThat(keyboardComposer.getByLabel("Your note")).isFocused();
            ben.keyboard().type("Posted with the keyboard alone.");
            keyboardComposer
                    .getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Post").setExact(true))
                    .press("Enter");
            assertThat(adaThreads.locator(
                            "article", new Locator.LocatorOptions().setHasText("Posted with the keyboard alone.")))
                    .isVisible();
        }
    }

    /** A classmate's note landing in the paragraph being selected keeps the selection and its Annotate button. */
    @Test
    void aClassmatesNewNoteLeavesYourSelectionAlone() {
        try (BrowserContext first = newContext();
                BrowserContext second = newContext()) {
            Page ada = openLesson(first, "student1");
            Page ben = openLesson(second, "student3");
            Locator benParagraph = ben.locator("reading-pane p").nth(1);
            String selected =
                    dragAcross(ben, benParagraph.locator("span[data-start]").first(), 5, 180);
            Locator annotate = ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annotate"));
            assertThat(annotate).isVisible();
            Locator benMarkers = ben.locator("reading-pane p").nth(1).locator("button.hl-marker");
            int markers = benMarkers.count();

            dragAcross(
                    ada,
                    ada.locator("reading-pane p")
                            .nth(1)
                            .locator("span[data-start]")
                            .last(),
                    5,
                    120);
            ada.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annotate"))
                    .click();
            Locator composer = ada.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Annotate"));
            composer.getByLabel("Your note").fill("Landing in the same paragraph.");
            composer.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Post").setExact(true))
                    .click();

            assertThat(threads(ben)
                            .locator(
                                    "article",
                                    new Locator.LocatorOptions().setHasText("Landing in the same paragraph.")))
                    .isVisible();
            assertThat(benMarkers).hasCount(markers + 1);
            assertThat(ben.evaluate("document.getSelection().toString()")).isEqualTo(selected);
            assertThat(annotate).isVisible();
        }
    }

    /**
     * A burst of classmates' notes lands before the thread a keyboard user is on: the new threads
     * appear in text order, the focus stays on the same button of the same thread, and the
     * selection in the text stays too.
     */
    @Test
    void aBurstOfClassmatesNotesKeepsYourFocusAndSelection() {
        try (BrowserContext context = newContext()) {
            Page ben = openLesson(context, "student2");
            Locator articles = threads(ben).locator("article");
            post(1, 400, "A thread further down.");
            assertThat(articles.filter(new Locator.FilterOptions().setHasText("A thread further down.")))
                    .hasCount(1);
            Locator further = articles.filter(new Locator.FilterOptions().setHasText("A thread further down."));
            String threadId = further.getAttribute("data-thread");
            String selected = dragAcross(
                    ben,
                    ben.locator("reading-pane p")
                            .nth(1)
                            .locator("span[data-start]")
                            .first(),
                    5,
                    160);
            further.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reply"))
                    .focus();
            int before = articles.count();

            post(12, 0, "One of a burst.");

            assertThat(articles).hasCount(before + 12);
            Locator focused =
                    ben.locator("discussion-threads article[data-thread='" + threadId + "'] button.note-reply");
            assertThat(focused).isFocused();
            assertThat(ben.evaluate("document.getSelection().toString()")).isEqualTo(selected);
            ben.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/discussion-after-burst.png")));
        }
    }

    /** Student 1 posts {@code count} class notes on words from offset {@code from}, committed together. */
    private void post(int count, int from, String body) {
        transactions.executeWithoutResult(status -> accounts.as("student1", () -> {
            long classId = classrooms.myClasses().stream()
                    .filter(c -> c.name().equals("Demo class"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            long lessonId = readings.assignmentsForClass(classId).getFirst().lessons().stream()
                    .filter(l -> l.title().equals(LESSON))
                    .findFirst()
                    .orElseThrow()
                    .lessonId();
            LessonText text = readings.lessonText(classId, lessonId);
            for (int i = 0; i < count; i++) {
                int start = from + i * 3;
                Selection words = discussion.select(
                        classId,
                        lessonId,
                        text.textVersion(),
                        start,
                        start + 12,
                        text.body().substring(start, start + 12));
                discussion.annotate(
                        classId,
                        lessonId,
                        new NewAnnotation(
                                words.textVersion(),
                                words.start(),
                                words.end(),
                                words.quote(),
                                body,
                                null,
                                Visibility.CLASS));
            }
            return null;
        }));
    }

    /** Selects with the mouse from x = {@code from} to {@code to} across the first line of {@code piece}; returns the words. */
    private static String dragAcross(Page page, Locator piece, double from, double to) {
        // As a reader would: the words are on screen first (where the page breaks depends on the fonts).
        piece.scrollIntoViewIfNeeded();
        BoundingBox box = piece.boundingBox();
        page.mouse().move(box.x + from, box.y + 8);
        page.mouse().down();
        page.mouse().move(box.x + to, box.y + 8, new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        String words = (String) page.evaluate("document.getSelection().toString()");
        assertThat(words).isNotBlank();
        return words;
    }

    /**
     * A link to a lesson followed before signing in: the lesson is the session's first screen, and
     * its times already read in the browser's zone (Tokyo has no summer time, so JST all year).
     */
    @Test
    void theFirstScreenAfterSignInShowsTimesInTheBrowsersZone() {
        try (BrowserContext tokyo = newContext("Asia/Tokyo")) {
            Page page = tokyo.newPage();
            page.navigate(url("/classes/1/lessons/1"));
            page.getByLabel("Login name").fill("student2");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("colloquy-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(threads(page).locator("article").first()).containsText("JST");
            assertThat(threads(page)).not().containsText("UTC");
        }
    }

    private Page openLesson(BrowserContext context, String login) {
        Page page = context.newPage();
        signIn(page, login, "colloquy-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo class"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(LESSON))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(LESSON).setLevel(1)))
                .isVisible();
        assertThat(page.locator("reading-pane p").first()).isVisible();
        return page;
    }

    private static Locator threads(Page page) {
        return page.locator("discussion-threads");
    }
}
