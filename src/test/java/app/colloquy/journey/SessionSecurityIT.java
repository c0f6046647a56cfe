package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sessions, cookies and headers as a browser meets them. */
class SessionSecurityIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Test
    void changingYourPasswordSignsOutYourOtherBrowsersButNotThisOne() {
        Account student = accounts.create("two-devices");
        try (BrowserContext laptop = newContext();
                BrowserContext phone = newContext()) {
            Page onLaptop = laptop.newPage();
            Page onPhone = phone.newPage();
            signIn(onLaptop, student.loginName(), TestAccounts.PASSWORD);
            signIn(onPhone, student.loginName(), TestAccounts.PASSWORD);

            onLaptop.navigate(url("/account"));
            onLaptop.getByLabel("Current password").fill(TestAccounts.PASSWORD);
            onLaptop.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill("a brand new passphrase");
            onLaptop.getByLabel("New password again").fill("a brand new passphrase");
            onLaptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                    .click();
            assertThat(onLaptop.getByText("Your password is changed.")).isVisible();

            onPhone.navigate(url("/"));
            onPhone.waitForURL("**/login");
            onLaptop.navigate(url("/"));
            assertThat(onLaptop.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My classes")))
                    .isVisible();
        }
    }

    @Test
    void aSignInPostedWithoutTheFormsCsrfTokenSignsNobodyIn() {
        Account student = accounts.create("forged");
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            APIResponse forged = context.request()
                    .post(
                            url("/login"),
                            RequestOptions.create()
                                    .setForm(FormData.create()
                                            .set("username", student.loginName())
                                            .set("password", TestAccounts.PASSWORD))
                                    .setMaxRedirects(0));
            assertThat(forged.status()).isEqualTo(302);
            assertThat(forged.headers().get("location")).doesNotEndWith(":" + port + "/");

            page.navigate(url("/"));
            page.waitForURL("**/login");
        }
    }

    @Test
    void aLoginNameWithControlCharactersAtItsEndsSignsNobodyIn() {
        Account student = accounts.create("trimmed");
        for (String disguised : List.of(student.loginName() + "\u0001", "\u0000" + student.loginName())) {
            try (BrowserContext context = newContext()) {
                Page page = context.newPage();
                page.navigate(url("/login"));
                String token = page.locator("meta[name=_csrf]").getAttribute("content");
                APIResponse response = context.request()
                        .post(
                                url("/login"),
                                RequestOptions.create()
                                        .setForm(FormData.create()
                                                .set("username", disguised)
                                                .set("password", TestAccounts.PASSWORD)
                                                .set("_csrf", token))
                                        .setMaxRedirects(0));

                assertThat(response.headers().get("location")).endsWith("/login?error");
            }
        }
    }

    @Test
    void pagesCarrySecurityHeadersTheAppRunsUnderItsContentPolicyAndCookiesAreGuarded() {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            List<String> violations = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    violations.add(m.text());
                }
            });
            Response login = page.navigate(url("/login"));

            assertThat(login.headers())
                    .containsEntry("x-content-type-options", "nosniff")
                    .containsEntry("referrer-policy", "same-origin")
                    .containsKey("content-security-policy");
            assertThat(login.headers().get("cache-control")).contains("no-store");
            assertThat(login.headers().get("content-security-policy")).contains("object-src 'none'");
            // Framed by nobody, or only by the learning platforms other journeys registered.
            assertThat(login.headers().get("content-security-policy"))
                    .containsAnyOf("frame-ancestors 'none'", "frame-ancestors 'self' http://localhost:")
                    .doesNotContain("frame-ancestors *", "frame-ancestors https:");

            signIn(page, "teacher", "colloquy-demo");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo class"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demo class")))
                    .isVisible();

            assertThat(violations).as("Vaadin works under the policy").isEmpty();
            Cookie session = context.cookies().stream()
                    .filter(c -> c.name.equals("JSESSIONID"))
                    .findFirst()
                    .orElseThrow();
            assertThat(session.httpOnly).isTrue();
            assertThat(session.sameSite).hasToString("LAX");
            Cookie device = context.cookies().stream()
                    .filter(c -> c.name.equals("colloquy-device"))
                    .findFirst()
                    .orElseThrow();
            assertThat(device.httpOnly).isTrue();
            assertThat(device.path).isEqualTo("/login");
        }
    }

    @Test
    void behindAnHttpsProxyOnThisMachineTheSessionCookieIsSecure() {
        try (BrowserContext context = newContext()) {
            APIResponse viaProxy = context.request()
                    .get(url("/login"), RequestOptions.create().setHeader("X-Forwarded-Proto", "https"));
            assertThat(viaProxy.headersArray().stream()
                            .filter(h -> h.name.equalsIgnoreCase("set-cookie"))
                            .map(h -> h.value)
                            .filter(v -> v.startsWith("JSESSIONID"))
                            .findFirst()
                            .orElseThrow())
                    .contains("Secure", "HttpOnly", "SameSite=Lax");
        }
    }

    @Test
    void sessionIdsNeverAppearInUrls() {
        try (BrowserContext context = newContext()) {
            APIResponse first = context.request()
                    .get(url("/VAADIN/"), RequestOptions.create().setMaxRedirects(0));
            assertThat(String.valueOf(first.headers().get("location"))).doesNotContainIgnoringCase("jsessionid");
            Page page = context.newPage();
            page.navigate(url("/join"));
            assertThat(page.content()).doesNotContainIgnoringCase("jsessionid=");
        }
    }
}
