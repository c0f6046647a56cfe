package app.colloquy.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.platform.DatabaseTrouble;
import app.colloquy.platform.ui.AccessDeniedView;
import app.colloquy.testsupport.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class SignInRequiredTest extends BrowserlessTest {

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        UI.getCurrent().navigate("");

        _get(LoginView.class);
        _assertNone(H1.class, spec -> spec.withText("My classes"));
    }

    @Test
    void anAnonymousVisitorOpeningAClassUrlIsSentToSignInWithoutSeeingIt() {
        UI.getCurrent().navigate("classes/1");

        _get(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void aStudentOpeningTheAdminScreenSeesNotFound() {
        accounts.signIn(accounts.create("student"));

        UI.getCurrent().navigate("admin");

        _get(AccessDeniedView.class);
        _assertNone(AdminView.class);
    }

    @Test
    void theSignInPageShowsTheErrorAfterAFailedAttempt() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void theSignInPageSaysWhenTheDatabaseIsUnavailable() {
        UI.getCurrent().navigate("login", QueryParameters.of("unavailable", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains(DatabaseTrouble.MESSAGE);
    }

    @Test
    void signedOutPagesOfferNoMenu() {
        UI.getCurrent().navigate("join");

        _get(H1.class, spec -> spec.withText("Join a class"));
        _assertNone(DrawerToggle.class);
        _assertNone(SideNav.class);
    }
}
