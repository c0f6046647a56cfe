package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.testsupport.BrowserJourney;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.1 A and AA rules) on every main page, as a student, a teacher and someone
 * signed out, on a computer and on a phone: no serious or critical violation anywhere.
 */
class AccessibilityIT extends BrowserJourney {

    @Test
    void mainPagesHaveNoSeriousOrCriticalViolations() {
        List<String> problems = new ArrayList<>();
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext anonymous = context(phone);
                    BrowserContext student = context(phone);
                    BrowserContext teacher = context(phone)) {
                Page visitor = anonymous.newPage();
                check(visitor, "/login", "Sign in", phone, problems);
                check(visitor, "/join", "Join a class", phone, problems);

                Page s = student.newPage();
                signIn(s, "student1", "colloquy-demo");
                check(s, "/", "My classes", phone, problems);
                check(s, "/work", "My work", phone, problems);
                check(s, "/classes/1", "Demo class", phone, problems);
                check(
                        s,
                        "/classes/1/lessons/1",
                        "Examining the Initial Interactions: President Trump Putin Meeting",
                        phone,
                        problems);
                check(s, "/account", "My account", phone, problems);

                Page t = teacher.newPage();
                signIn(t, "teacher", "colloquy-demo");
                check(t, "/classes/1", "Demo class", phone, problems);
                check(t, "/classes/1/manage", "Manage Demo class", phone, problems);
                check(t, "/library", "My readings", phone, problems);
                check(t, "/library/readings/1", "Trump-Putin Meetings: A Detailed Look", phone, problems);
                check(t, "/library/import", "Import a reading", phone, problems);
                t.getByLabel("Article text")
                        .fill(
                                "Rivers\n\n## Sources\n\nRain feeds them.\n\nSo does snow.\n\n## The sea\n\nThey end there.");
                t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose lessons"))
                        .click();
                assertThat(t.getByLabel("Lesson 2 title")).hasValue("The sea");
                scan(t, "/library/import (proposal)", phone, problems);
                check(
                        t,
                        "/classes/1/lessons/2",
                        "The Key Meetings: Syria, Ukraine and Election Interference",
                        phone,
                        problems);
                check(
                        t,
                        "/classes/1/lessons/1/review",
                        "Review: Examining the Initial Interactions: President Trump Putin Meeting",
                        phone,
                        problems);
                check(
                        t,
                        "/classes/1/assignments/1/participation",
                        "Participation: Trump-Putin Meetings: A Detailed Look",
                        phone,
                        problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * WCAG 2.2 AA, which adds target sizes of at least 24 px, and axe's experimental rules, among
     * them that a control's accessible name starts with (contains) its visible label.
     */
    private static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "experimental");

    private BrowserContext context(boolean phone) {
        Browser.NewContextOptions options = new Browser.NewContextOptions();
        if (phone) {
            options.setViewportSize(390, 844)
                    .setIsMobile(true)
                    .setHasTouch(true)
                    .setDeviceScaleFactor(2);
        } else {
            options.setViewportSize(1280, 900);
        }
        return browser.browser().newContext(options);
    }

    private void check(Page page, String path, String heading, boolean phone, List<String> problems) {
        page.navigate(url(path));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(heading).setLevel(1)))
                .isVisible();
        scan(page, path, phone, problems);
    }

    private void scan(Page page, String path, boolean phone, List<String> problems) {
        page.waitForTimeout(300);
        AxeResults results = new AxeBuilder(page).withTags(AXE_TAGS).analyze();
        assertThat(results.getPasses()).as("axe ran its rules on " + path).isNotEmpty();
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                problems.add((phone ? "phone " : "computer ") + path + ": " + violation.getId() + " ("
                        + violation.getImpact() + ") "
                        + violation.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList());
            }
        }
        String name = (phone ? "phone" : "computer") + path.replaceAll("[^a-z0-9]+", "_") + ".png";
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/a11y-" + name)));
    }
}
