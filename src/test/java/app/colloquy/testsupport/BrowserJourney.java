package app.colloquy.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A journey in real Chromium against the whole app on a random port and its throwaway database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserJourney {

    protected static BrowserSession browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launchBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    protected BrowserContext newContext() {
        return browser.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    protected BrowserContext newContext(String timeZone) {
        return browser.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 900)
                        .setTimezoneId(timeZone));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fills in and submits the sign-in form, whatever the outcome. */
    protected void submitSignIn(Page page, String login, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Login name").fill(login);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForLoadState();
    }

    /** Signs in and waits for the home screen. */
    protected void signIn(Page page, String login, String password) {
        submitSignIn(page, login, password);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My classes")))
                .isVisible();
    }
}
