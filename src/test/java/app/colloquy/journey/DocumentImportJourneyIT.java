package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher uploads the readings they have (a two-column PDF, a Word file, a saved web page) and
 * gets the lessons a careful teacher would expect (the corpus's expected splits), then imports one.
 */
class DocumentImportJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Test
    void aPdfAWordFileAndAWebPageBecomeTheLessonsATeacherExpects() throws IOException {
        Account teacher = accounts.createTeacher("teacher");
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, teacher.loginName(), TestAccounts.PASSWORD);

            proposeFromFile(page, "september-1914.docx", "september-1914-everyones-embassy.crlf.expected.json");
            proposeFromFile(page, "containment-web-page.html", "containment-and-cold-war-1945-1961.expected.json");
            // Paced by length, with the keyboard alone: about 8 minutes of reading a lesson (16 in all).
            Locator minutes = page.getByLabel("Minutes of reading per lesson");
            minutes.fill("8");
            minutes.press("Tab");
            page.keyboard().press("Enter");
            assertThat(page.getByText(Pattern.compile("^[2-3] lessons, in this order:$")))
                    .isVisible();
            assertThat(page.getByText(Pattern.compile("about ([6-9]|1[0-2]) min of reading")))
                    .not()
                    .hasCount(0);
            List<String> lessons =
                    proposeFromFile(page, "superpowers-two-columns.pdf", "superpowers-collide-1961-1981.expected.json");
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/import-pdf-proposal.png")));

            // Five Kennedy-era sections become one lesson in one step: open, choose the last, merge.
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Merge up to… " + lessons.getFirst() + " and the lessons after it"))
                    .click();
            page.getByLabel("Lesson 5: " + lessons.get(4)).check();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/import-merge-range.png")));
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Merge").setExact(true))
                    .click();
            int merged = lessons.size() - 4;
            assertThat(page.getByText(merged + " lessons, in this order:")).isVisible();
            assertThat(page.getByLabel("Lesson 2 title", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue(lessons.get(5));
            assertThat(page.getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import " + merged + " lessons")))
                    .isInViewport();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import " + merged + " lessons"))
                    .click();
            assertThat(page.getByText("1. " + lessons.getFirst() + " · no prompts yet"))
                    .isVisible();
            assertThat(page.getByText(merged + ". " + lessons.getLast() + " · no prompts yet"))
                    .isVisible();
        }
    }

    /** Uploads the file on a fresh import page and checks the proposal against the expected split. */
    private List<String> proposeFromFile(Page page, String document, String expectedSplit) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(resource("/corpus/" + expectedSplit));
        List<String> sections =
                expected.get("sections").valueStream().map(JsonNode::asText).toList();
        page.navigate(url("/library/import"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file…")))
                .isVisible();
        page.locator("input[type=file]")
                .setInputFiles(
                        new FilePayload(document, "application/octet-stream", resource("/documents/" + document)));

        assertThat(page.getByLabel("Reading title"))
                .hasValue(expected.get("title").asText());
        assertThat(page.getByText(sections.size() + " lessons, in this order:")).isVisible();
        for (int i = 0; i < sections.size(); i++) {
            assertThat(page.getByLabel("Lesson " + (i + 1) + " title", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue(sections.get(i));
        }
        assertThat(page.getByText("Introduction (shown above the lessons)"))
                .isVisible(new LocatorAssertions.IsVisibleOptions()
                        .setVisible(expected.get("has_introduction").asBoolean()));
        return sections;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DocumentImportJourneyIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
