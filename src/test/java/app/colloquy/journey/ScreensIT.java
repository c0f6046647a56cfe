package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Visibility;
import app.colloquy.reading.LessonText;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pictures of the main screens on a computer and on a phone, written to docs/screens so a change
 * in look shows in review: each screen is opened as its user would and checked to be the screen
 * meant (its heading) before the picture is taken.
 */
class ScreensIT extends BrowserJourney {

    private static final Path SCREENS = Path.of("docs", "screens");

    private record Device(String name, int width, int height, boolean mobile) {}

    private static final List<Device> DEVICES =
            List.of(new Device("computer", 1280, 900, false), new Device("phone", 390, 844, true));

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestReadings testReadings;

    @Autowired
    ReadingService readings;

    @Autowired
    DiscussionService discussion;

    @Autowired
    AnswerService answers;

    @Test
    void theMainScreensOnAComputerAndAPhone() throws IOException {
        Account teacher = accounts.createTeacher("rivera");
        Account ada = accounts.create("ada");
        Account ben = accounts.create("ben");
        Account admin = accounts.createAdmin("admin");
        long classId = accounts.createClass(teacher, "Period 3 · Civics", ada, ben);
        String text = demoSection();
        TestReadings.AssignedLesson lesson = testReadings
                .lessonIn(classId, teacher)
                .titled("Trump-Putin Meetings: A Detailed Look", "The initial interactions")
                .text(text)
                .prompts("What made the first meetings unpredictable? Cite the text.")
                .assign();
        annotate(ada, classId, lesson.lessonId(), "unpredictability", "Why was it unpredictable? Examples?");
        annotate(ben, classId, lesson.lessonId(), "stark contrast", "Contrast with earlier presidents, I think.");
        accounts.as(
                ada,
                () -> answers.submit(
                        classId, lesson.promptId(0), "Both leaders said different things in public and private."));

        for (Device device : DEVICES) {
            shoot(
                    device,
                    null,
                    "sign-in",
                    "/login",
                    page -> assertThat(
                                    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Colloquy")))
                            .isVisible());
            shoot(device, teacher, "teacher-my-classes", "/", page -> heading(page, "My classes"));
            shoot(
                    device,
                    teacher,
                    "teacher-class-page",
                    "/classes/" + classId,
                    page -> heading(page, "Period 3 · Civics"));
            shoot(
                    device,
                    teacher,
                    "teacher-lesson",
                    "/classes/" + classId + "/lessons/" + lesson.lessonId(),
                    page -> heading(page, "The initial interactions"));
            shoot(
                    device,
                    teacher,
                    "teacher-review",
                    "/classes/" + classId + "/lessons/" + lesson.lessonId() + "/review",
                    page -> assertThat(page.getByRole(AriaRole.HEADING).first()).isVisible());
            shoot(
                    device,
                    teacher,
                    "teacher-feedback",
                    "/classes/" + classId + "/prompts/" + lesson.promptId(0) + "/feedback",
                    page -> assertThat(page.getByText("Answer 1 of 1.")).isVisible());
            shoot(
                    device,
                    teacher,
                    "teacher-import",
                    "/library/import",
                    page -> assertThat(page.getByRole(AriaRole.HEADING).first()).isVisible());
            shoot(device, ada, "student-my-work", "/work", page -> heading(page, "My work"));
            shoot(
                    device,
                    admin,
                    "admin-learning-platforms",
                    "/admin/learning-platforms",
                    page -> heading(page, "Learning platforms (LTI 1.3)"));
            shoot(
                    device,
                    ada,
                    "student-lesson",
                    "/classes/" + classId + "/lessons/" + lesson.lessonId(),
                    page -> heading(page, "The initial interactions"));
            // The same screens for a browser asking for Spanish: the interface's words, the thread
            // list's own buttons included, are Spanish; the reading stays in its own language.
            shoot(device, SPANISH, teacher, "es-teacher-my-classes", "/", page -> heading(page, "Mis clases"));
            shoot(
                    device,
                    SPANISH,
                    ada,
                    "es-student-lesson",
                    "/classes/" + classId + "/lessons/" + lesson.lessonId(),
                    page -> {
                        heading(page, "The initial interactions");
                        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Responder"))
                                        .first())
                                .isVisible();
                        assertThat(page.locator("reading-pane")).hasAttribute("lang", "en");
                    });
            shoot(device, SPANISH, ada, "es-student-my-work", "/work", page -> heading(page, "Mi trabajo"));
        }
    }

    private static final String ENGLISH = "en-US";
    private static final String SPANISH = "es-ES";

    private void shoot(Device device, Account who, String name, String path, Consumer<Page> isThere) {
        shoot(device, ENGLISH, who, name, path, isThere);
    }

    private void shoot(Device device, String locale, Account who, String name, String path, Consumer<Page> isThere) {
        try (BrowserContext context = browser.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(device.width(), device.height())
                        .setIsMobile(device.mobile())
                        .setHasTouch(device.mobile())
                        .setLocale(locale)
                        .setTimezoneId("America/Chicago"))) {
            Page page = context.newPage();
            if (who != null && locale.equals(SPANISH)) {
                signInInSpanish(page, who.loginName());
            } else if (who != null) {
                signIn(page, who.loginName(), TestAccounts.PASSWORD);
            }
            page.navigate(url(path));
            isThere.accept(page);
            page.waitForLoadState();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve(name + "-" + device.name() + ".png")));
        }
    }

    /** The sign-in page as a browser asking for Spanish shows it. */
    private void signInInSpanish(Page page, String login) {
        page.navigate(url("/login"));
        page.getByLabel("Nombre de usuario").fill(login);
        page.getByLabel("Contraseña", new Page.GetByLabelOptions().setExact(true))
                .fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iniciar sesión"))
                .click();
        heading(page, "Mis clases");
    }

    private static void heading(Page page, String name) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))
                        .first())
                .isVisible();
    }

    private void annotate(Account who, long classId, long lessonId, String quote, String body) {
        accounts.as(who, () -> {
            LessonText lessonText = readings.lessonText(classId, lessonId);
            int start = lessonText.body().indexOf(quote);
            Selection selection = discussion.select(
                    classId, lessonId, lessonText.textVersion(), start, start + quote.length(), quote);
            return discussion.annotate(
                    classId,
                    lessonId,
                    new NewAnnotation(
                            selection.textVersion(),
                            selection.start(),
                            selection.end(),
                            selection.quote(),
                            body,
                            null,
                            Visibility.CLASS));
        });
    }

    /** The demo reading's first section, as the app ships it. */
    private static String demoSection() throws IOException {
        try (InputStream in = ScreensIT.class.getResourceAsStream("/demo/trump-putin-meetings.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] blocks = all.split("\n\n");
            return blocks[3] + "\n\n" + blocks[4];
        }
    }
}
