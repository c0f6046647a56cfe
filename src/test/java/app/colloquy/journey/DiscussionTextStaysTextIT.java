package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.account.NewAccount;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Tag;
import app.colloquy.discussion.Visibility;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Script and markup typed into lesson text, note bodies, replies, tags and display names are shown
 * as the characters they are, in the reading pane and the threads: nothing runs, nothing renders.
 */
class DiscussionTextStaysTextIT extends BrowserJourney {

    static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=\"window.xssFired=1\">",
            "<script>window.xssFired=2</script>",
            "\"><svg onload=window.xssFired=3>",
            "javascript:window.xssFired=4",
            "<iframe srcdoc=\"<script>parent.xssFired=5</script>\"></iframe>",
            "{{constructor.constructor('window.xssFired=6')()}} ${7*7} <b>bold</b>");

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestReadings testReadings;

    @Autowired
    AccountService accountService;

    @Autowired
    DiscussionService discussion;

    @Test
    void payloadsInEveryPlaceShowAsPlainText() {
        Account teacher = accounts.createTeacher("teacher");
        String name = "<img src=x onerror=\"window.xssFired=7\">Mallory";
        Account mallory = accountService.registerStudent(
                new NewAccount("mallory" + System.nanoTime(), name, TestAccounts.PASSWORD));
        Account reader = accounts.create("reader");
        long classId = accounts.createClass(teacher, "Payload class", mallory, reader);
        String text = "Plain words first.\n\n" + String.join("\n\n", PAYLOADS);
        long lessonId = testReadings
                .lessonIn(classId, teacher)
                .titled("Payloads", "Payload lesson")
                .text(text)
                .assign()
                .lessonId();
        accounts.as(teacher, () -> {
            Tag first = discussion.tags(classId).getFirst();
            discussion.renameTag(first.id(), "<b onmouseover=x>Tag</b>");
            return null;
        });
        long tagId =
                accounts.as(teacher, () -> discussion.tags(classId).getFirst().id());
        for (String payload : PAYLOADS) {
            long note = accounts.as(mallory, () -> {
                int start = text.indexOf(payload);
                Selection selection = discussion.select(classId, lessonId, 1, start, start + payload.length(), payload);
                return discussion.annotate(
                        classId,
                        lessonId,
                        new NewAnnotation(
                                1,
                                selection.start(),
                                selection.end(),
                                selection.quote(),
                                payload,
                                tagId,
                                Visibility.CLASS));
            });
            accounts.as(mallory, () -> discussion.reply(note, "reply " + payload));
        }

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, reader.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/classes/" + classId + "/lessons/" + lessonId));
            Locator threads = page.locator("discussion-threads");
            assertThat(threads.locator("article")).hasCount(PAYLOADS.size());
            for (String payload : PAYLOADS) {
                assertThat(page.locator("reading-pane")).containsText(payload);
                assertThat(threads.locator(".note-body", new Locator.LocatorOptions().setHasText(payload))
                                .first())
                        .isVisible();
                assertThat(threads.getByText("reply " + payload, new Locator.GetByTextOptions().setExact(true)))
                        .isVisible();
            }
            assertThat(threads.locator(".author-name").first()).hasText(name);
            assertThat(threads.locator(".thread-tag").first()).hasText("<b onmouseover=x>Tag</b>");
            page.locator("reading-pane").hover();
            assertThat(page.evaluate("() => window.xssFired === undefined")).isEqualTo(true);
            assertThat(page.locator(
                            "reading-pane img, reading-pane svg, reading-pane iframe, reading-pane b, reading-pane script,"
                                    + " discussion-threads img, discussion-threads svg, discussion-threads iframe, discussion-threads b,"
                                    + " discussion-threads script"))
                    .hasCount(0);
        }
    }
}
