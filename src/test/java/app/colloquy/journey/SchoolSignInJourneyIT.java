package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.testsupport.BrowserJourney;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestOidcProvider;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school's own sign-in, through an OpenID Connect provider the test plays over HTTP with signed
 * tokens: the admin registers it on the admin screen, a new student signs in with it and gets an
 * account, someone from another domain and a token meant for another client are turned away, and a
 * student with a password links their school account and then signs in with it.
 */
class SchoolSignInJourneyIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Test
    void studentsSignInWithTheirSchoolAccountOnceTheAdminRegistersTheProvider() {
        Account admin = accounts.createAdmin("admin");
        Account bo = accounts.create("bo");
        try (TestOidcProvider school = new TestOidcProvider("colloquy-test", "s3cret-for-tests");
                BrowserContext adminContext = newContext()) {
            Page page = adminContext.newPage();
            signIn(page, admin.loginName(), TestAccounts.PASSWORD);
            page.navigate(url("/admin"));
            page.getByLabel("School or provider name").fill("Lincoln High");
            page.getByLabel("Issuer URL").fill(school.issuer());
            page.getByLabel("Client ID").fill("colloquy-test");
            page.getByLabel("Client secret").fill("s3cret-for-tests");
            page.getByLabel("Allowed e-mail domains").fill("lincoln.example");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add provider"))
                    .click();
            assertThat(page.getByText("Redirect address to register: " + url("/login/oauth2/code/lincoln-high")))
                    .isVisible();
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/admin-school-sign-in.png")));

            school.signsIn(new TestOidcProvider.Person("ana-1", "Ana Lopez", "ana@lincoln.example"));
            try (BrowserContext anaContext = newContext()) {
                Page ana = anaContext.newPage();
                ana.navigate(url("/login"));
                Locator choice =
                        ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Lincoln High"));
                assertThat(choice).isVisible();
                ana.screenshot(
                        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/sign-in-with-school.png")));
                choice.click();
                assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My classes")))
                        .isVisible();
                assertThat(ana.getByText("Ana Lopez")).isVisible();
            }

            school.signsIn(new TestOidcProvider.Person("eve-1", "Eve", "eve@elsewhere.example"));
            try (BrowserContext eveContext = newContext()) {
                Page eve = eveContext.newPage();
                eve.navigate(url("/login"));
                eve.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Lincoln High"))
                        .click();
                assertThat(eve.getByRole(AriaRole.ALERT))
                        .containsText("Accounts from elsewhere.example cannot sign in to this Colloquy");
                assertThat(eve.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My classes")))
                        .isHidden();
            }

            school.signsIn(new TestOidcProvider.Person("bo-1", "Bo at school", "bo@lincoln.example"));
            try (BrowserContext boContext = newContext()) {
                Page boPage = boContext.newPage();
                signIn(boPage, bo.loginName(), TestAccounts.PASSWORD);
                boPage.navigate(url("/account"));
                boPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link your Lincoln High account"))
                        .click();
                assertThat(boPage.getByText("You can sign in with: Lincoln High."))
                        .isVisible();
            }
            try (BrowserContext boAgain = newContext()) {
                Page boPage = boAgain.newPage();
                boPage.navigate(url("/login"));
                boPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Lincoln High"))
                        .click();
                assertThat(boPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My classes")))
                        .isVisible();
                assertThat(boPage.getByText(bo.displayName())).isVisible();
            }

            school.issueTokensFor("another-client");
            school.signsIn(new TestOidcProvider.Person("ana-1", "Ana Lopez", "ana@lincoln.example"));
            try (BrowserContext stolen = newContext()) {
                Page thief = stolen.newPage();
                thief.navigate(url("/login"));
                thief.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Lincoln High"))
                        .click();
                assertThat(thief.getByRole(AriaRole.ALERT)).containsText("did not succeed");
            }
        }
    }
}
