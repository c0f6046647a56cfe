package app.colloquy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.platform.InvalidInputException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which account a school identity signs in to, on real PostgreSQL: never matched by e-mail, linked only on purpose. */
@IntegrationTest
class SchoolSignInServiceTest {

    @Autowired
    SchoolSignInService schools;

    @Autowired
    SignInService signIns;

    @Autowired
    TestAccounts accounts;

    Account admin;
    String lincoln;

    @BeforeEach
    void lincolnHigh() {
        admin = accounts.createAdmin("admin");
        lincoln = accounts.as(
                        admin,
                        () -> schools.addProvider(new NewSignInProvider(
                                "Lincoln High " + System.nanoTime(),
                                "https://id.lincoln.example/",
                                "colloquy",
                                "secret",
                                null,
                                "lincoln.example, @LINCOLN.example.org",
                                false)))
                .registrationId();
    }

    @Test
    void anIdentitySignsInToItsOwnNewAccountAndTheSameOneNextTime() {
        Map<String, Object> claims =
                Map.of("name", "Ana Lopez", "email", "ana@lincoln.example", "email_verified", true);
        SignedInUser first = SystemActor.call(() -> schools.signIn(lincoln, "sub-ana", claims));
        SignedInUser again = SystemActor.call(() -> schools.signIn(lincoln, "sub-ana", claims));

        assertThat(again.accountId()).isEqualTo(first.accountId());
        assertThat(first.displayName()).isEqualTo("Ana Lopez");
        assertThat(first.teacher()).isFalse();
        assertThat(first.getUsername()).startsWith("ana");
    }

    @Test
    void theSameEmailFromAnotherIdentityIsAnotherAccountNeverAMatch() {
        Account existing = accounts.create("ana");
        SignedInUser school = SystemActor.call(
                () -> schools.signIn(lincoln, "sub-other", Map.of("email", existing.loginName() + "@lincoln.example")));
        assertThat(school.accountId()).isNotEqualTo(existing.id());
        assertThat(school.getUsername()).isNotEqualTo(existing.loginName());
    }

    @Test
    void onlyVerifiedAddressesInTheAllowedDomainsGetIn() {
        assertThatThrownBy(() -> SystemActor.call(
                        () -> schools.signIn(lincoln, "sub-eve", Map.of("email", "eve@elsewhere.example"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("elsewhere.example");
        assertThatThrownBy(() -> SystemActor.call(() -> schools.signIn(
                        lincoln, "sub-unverified", Map.of("email", "x@lincoln.example", "email_verified", false))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(SystemActor.call(
                        () -> schools.signIn(lincoln, "sub-org", Map.of("email", "Max@Lincoln.Example.org"))))
                .isNotNull();
    }

    @Test
    void linkingJoinsAnIdentityToTheAccountThatAskedAndRefusesOneLinkedElsewhere() {
        Account bo = accounts.create("bo");
        SchoolSignInService.Linked linked = SystemActor.call(() -> schools.link(bo.id(), lincoln, "sub-bo"));
        assertThat(linked.problem()).isNull();
        assertThat(SystemActor.call(() -> schools.signIn(lincoln, "sub-bo", Map.of()))
                        .accountId())
                .isEqualTo(bo.id());
        assertThat(accounts.as(bo, () -> schools.myLinkedProviders())).hasSize(1);

        Account cy = accounts.create("cy");
        SchoolSignInService.Linked refused = SystemActor.call(() -> schools.link(cy.id(), lincoln, "sub-bo"));
        assertThat(java.util.Objects.requireNonNull(refused.problem()).english())
                .contains("linked to another Colloquy account");
        assertThat(refused.user().accountId())
                .as("still signed in as themselves")
                .isEqualTo(cy.id());
    }

    @Test
    void withPasswordsSwitchedOffOnlyAdminsSignInWithOne() {
        Account student = accounts.create("pw");
        accounts.as(admin, () -> {
            schools.setPasswordsEnabled(false);
            return null;
        });
        try {
            assertThatThrownBy(() -> signIns.signIn(student.loginName(), TestAccounts.PASSWORD, "10.0.0.9", null))
                    .isInstanceOf(SignInService.SignInFailedException.class);
            assertThat(signIns.signIn(admin.loginName(), TestAccounts.PASSWORD, "10.0.0.9", null)
                            .accountId())
                    .isEqualTo(admin.id());
        } finally {
            accounts.as(admin, () -> {
                schools.setPasswordsEnabled(true);
                return null;
            });
        }
    }

    @Test
    void aProviderNeedsItsFieldsAndAnHttpsIssuer() {
        assertThatThrownBy(() -> accounts.as(
                        admin,
                        () -> schools.addProvider(
                                new NewSignInProvider("School", "http://id.example", "c", "s", null, null, false))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("https");
        assertThatThrownBy(() -> accounts.as(
                        admin,
                        () -> schools.addProvider(new NewSignInProvider(
                                "School", "https://id.example", "c", "s", null, "not a domain", false))))
                .hasMessageContaining("is not a domain");
        assertThatThrownBy(() -> accounts.as(
                        admin,
                        () -> schools.addProvider(
                                new NewSignInProvider("School", "https://id.example", "", "s", null, null, false))))
                .hasMessage("Enter the client ID.");
    }
}
