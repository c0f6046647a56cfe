package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.testsupport.BrowserJourney;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A student forges browser events and server calls with values of the wrong type, as anyone can
 * from the console: each gets a calm message, the page keeps working, and the log has one warning
 * line each, no error and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ForgedBrowserDataIT extends BrowserJourney {

    static final String CALM = "That action could not be understood. Reload the page and try again.";

    static final List<String> FORGERIES = List.of(
            "document.querySelector('discussion-threads').dispatchEvent(new CustomEvent('thread-action', "
                    + "{detail: {action: 'hide', id: 'abc'}, bubbles: true}))",
            "document.querySelector('discussion-threads').dispatchEvent(new CustomEvent('thread-action', "
                    + "{detail: {action: 'hide', id: 1e20}, bubbles: true}))",
            "document.querySelector('discussion-threads').dispatchEvent(new CustomEvent('thread-action', "
                    + "{detail: {action: {nested: 1}, id: 3}, bubbles: true}))",
            "document.querySelector('reading-pane').dispatchEvent(new CustomEvent('annotate', "
                    + "{detail: {start: 'a', end: 5, quote: 'x'}, bubbles: true}))",
            "document.querySelector('student-prompts').$server.restoreUnsaved('abc', 'line one\\nFAKE ERROR line two', 1)",
            "document.querySelector('student-prompts').$server.restoreUnsaved(1)",
            "document.querySelector('student-prompts').$server.helpful({id: 1}, true)");

    @Test
    void valuesOfTheWrongTypeGetACalmMessageAndOneWarningLineEach(CapturedOutput log) {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, "student1", "colloquy-demo");
            page.navigate(url("/classes/1/lessons/1"));
            assertThat(page.locator("reading-pane p").first()).isVisible();
            Locator notification = page.locator("vaadin-notification-card");
            for (String forgery : FORGERIES) {
                page.evaluate("() => { " + forgery + "; }");
                assertThat(notification.filter(new Locator.FilterOptions().setHasText(CALM)))
                        .hasCount(1);
                page.evaluate("document.querySelectorAll('vaadin-notification-card').forEach(c => c.remove())");
            }
            // The page still works: the first note's thread opens from its marker.
            page.locator("reading-pane button.hl-marker").first().click();
            assertThat(page.locator("discussion-threads article:focus")).hasCount(1);
        }
        String output = log.getAll();
        assertThat(output.lines().filter(line -> line.contains("Ignored malformed data from a browser")))
                .hasSize(FORGERIES.size());
        assertThat(output).doesNotContain(" ERROR ", "\tat ", "FAKE ERROR line two\n");
    }
}
