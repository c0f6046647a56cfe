package app.colloquy.account.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.account.AccountService;
import app.colloquy.account.SchoolSignInService;
import app.colloquy.account.SignInProvider;
import app.colloquy.platform.DatabaseTrouble;
import app.colloquy.platform.Message;
import app.colloquy.platform.TooManyAttemptsException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final SchoolSignInService schools;
    private final DatabaseTrouble database;
    private final LoginForm form = new LoginForm();
    private final Div links = new Div();
    private final Div schoolChoices = new Div();
    private final Paragraph problem = new Paragraph();

    LoginView(AccountService accounts, SchoolSignInService schools, DatabaseTrouble database) {
        this.accounts = accounts;
        this.schools = schools;
        this.database = database;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        H1 brand = new H1(tr("common.colloquy"));
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(tr("loginView.closeReadingAndClassDiscussion"));
        tagline.addClassName("login-tagline");
        links.addClassName("login-links");
        schoolChoices.addClassName("school-sign-in");
        problem.addClassName("login-problem");
        problem.getElement().setAttribute("role", "alert");
        add(brand, tagline, problem, schoolChoices, form, links);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        String pausedSeconds =
                query.getOrDefault("paused", List.of()).stream().findFirst().orElse(null);
        boolean unavailable = query.containsKey("unavailable");
        boolean teacherSignup = false;
        boolean passwords = true;
        try {
            if (!accounts.hasAnyAccount()) {
                event.forwardTo(SetupView.class);
                return;
            }
            teacherSignup = accounts.teacherSignupEnabled();
            passwords = schools.passwordsEnabled() || query.containsKey("password");
            showSchoolChoices(schools.signInChoices());
        } catch (RuntimeException failure) {
            if (!database.noteIfCause(failure)) {
                throw failure;
            }
            unavailable = true;
        }
        form.setI18n(i18n(pausedSeconds, unavailable));
        boolean failed = unavailable || pausedSeconds != null || query.containsKey("error");
        form.setError(failed);
        if (failed) {
            keepTypedLoginName();
        }
        showProblem();
        form.setVisible(passwords);
        links.removeAll();
        if (!passwords) {
            links.add(new Paragraph(new Anchor("login?password", tr("loginView.administratorsSignInWithA"))));
        }
        links.add(new Paragraph(new Anchor("join", tr("loginView.joinAClassWithA"))));
        if (teacherSignup) {
            links.add(
                    new Paragraph(new RouterLink(tr("loginView.newTeacherCreateAnAccount"), TeacherSignUpView.class)));
        }
    }

    /** "Sign in with <school>" for every provider the admin registered, as plain links (the provider's page is not ours). */
    private void showSchoolChoices(List<SignInProvider> choices) {
        schoolChoices.removeAll();
        for (SignInProvider provider : choices) {
            Anchor choice = new Anchor(
                    "oauth2/authorization/" + provider.registrationId(),
                    tr("loginView.signInWith", provider.displayName()));
            choice.setRouterIgnore(true);
            choice.addClassName("school-choice");
            schoolChoices.add(choice);
        }
        schoolChoices.setVisible(!choices.isEmpty());
    }

    /** Why the last sign-in through a school did not go through, said once. */
    private void showProblem() {
        VaadinSession session = VaadinSession.getCurrent();
        Object said = session == null ? null : session.getSession().getAttribute(SchoolSignInHandler.PROBLEM);
        if (said != null) {
            session.getSession().removeAttribute(SchoolSignInHandler.PROBLEM);
        }
        problem.setText(said instanceof Message message ? tr(message) : "");
        problem.setVisible(said != null);
    }

    /**
     * After a failed attempt the login name stays in the form and the password field has the
     * focus: people mistype passwords far more often than their name.
     */
    private void keepTypedLoginName() {
        Object typed = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession().getAttribute(SignInAuthentication.LAST_LOGIN_NAME);
        if (typed instanceof String loginName && !loginName.isEmpty()) {
            form.getElement().executeJs("""
                    const form = this;
                    requestAnimationFrame(() => {
                      const name = form.querySelector('#vaadinLoginUsername');
                      const password = form.querySelector('#vaadinLoginPassword');
                      if (name) { name.value = $0; }
                      if (password) { password.focus(); }
                    });""", loginName);
        }
    }

    /** One message for every failed sign-in, so it never reveals whether an account exists. */
    private static LoginI18n i18n(@Nullable String pausedSeconds, boolean unavailable) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(tr("loginView.signIn"));
        i18n.getForm().setUsername(tr("common.loginName"));
        i18n.getForm().setPassword(tr("common.password"));
        i18n.getForm().setSubmit(tr("loginView.signIn"));
        if (unavailable) {
            i18n.getErrorMessage().setTitle(tr("loginView.colloquyIsUnavailable"));
            i18n.getErrorMessage().setMessage(DatabaseTrouble.MESSAGE);
        } else if (pausedSeconds != null) {
            i18n.getErrorMessage().setTitle(tr("loginView.tooManyFailedSignIns"));
            i18n.getErrorMessage()
                    .setMessage(tr(
                            "loginView.forYourSafetySigningIn",
                            TooManyAttemptsException.describe(Duration.ofSeconds(seconds(pausedSeconds)))));
        } else {
            i18n.getErrorMessage().setTitle(tr("loginView.incorrectLoginNameOrPassword"));
            i18n.getErrorMessage().setMessage(tr("loginView.checkBothAndTryAgain"));
        }
        return i18n;
    }

    private static long seconds(String value) {
        try {
            return Math.clamp(Long.parseLong(value), 1, 24 * 3600);
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    @Override
    public String getPageTitle() {
        return tr("title.login");
    }
}
