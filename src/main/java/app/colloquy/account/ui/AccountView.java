package app.colloquy.account.ui;

import app.colloquy.account.AccountRules;
import app.colloquy.account.AccountService;
import app.colloquy.account.CurrentUser;
import app.colloquy.account.SchoolSignInService;
import app.colloquy.account.SignInProvider;
import app.colloquy.platform.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** Your own account: the name others see, and your password (required after a reset). */
@Route("account")
@PageTitle("My account · Colloquy")
@PermitAll
class AccountView extends Main implements BeforeEnterObserver {

    private final AccountService accounts;
    private final SchoolSignInService schools;
    private final CurrentUser currentUser;
    private final Div mustChangeBanner = new Div();
    private final Div schoolAccounts = new Div();
    private final TextField displayName = new TextField("Your name");
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("New password again");

    AccountView(AccountService accounts, SchoolSignInService schools, CurrentUser currentUser) {
        this.accounts = accounts;
        this.schools = schools;
        this.currentUser = currentUser;
        addClassName("page");
        mustChangeBanner.addClassName("banner");
        mustChangeBanner.getElement().setAttribute("role", "alert");
        mustChangeBanner.add(
                new Paragraph("Your teacher gave you a temporary password. Choose your own password to continue."));
        displayName.setValue(currentUser.require().displayName());
        displayName.setMaxLength(AccountRules.DISPLAY_NAME_MAX);
        Button saveName = new Button("Save name", e -> saveName());
        newPassword.setHelperText(
                "At least " + AccountRules.PASSWORD_MIN + " characters. A few words make a good passphrase.");
        Button savePassword = new Button(
                "Change password", e -> savePassword(currentUser.require().getUsername()));
        savePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout nameForm = new FormLayout(displayName);
        FormLayout passwordForm = new FormLayout(currentPassword, newPassword, confirmation);
        for (FormLayout form : new FormLayout[] {nameForm, passwordForm}) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            form.setMaxWidth("28rem");
        }
        add(
                new H1("My account"),
                mustChangeBanner,
                new H2("Name"),
                nameForm,
                saveName,
                new H2("Password"),
                passwordForm,
                savePassword,
                schoolAccounts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        mustChangeBanner.setVisible(accounts.touchActivity());
        showSchoolAccounts();
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("linked")) {
            notifySaved("Your school account is linked: you can sign in with it now.");
        }
    }

    /** The school accounts linked to this one, and a way to link each other one offered. */
    private void showSchoolAccounts() {
        schoolAccounts.removeAll();
        List<SignInProvider> offered = schools.signInChoices();
        List<String> linked = schools.myLinkedProviders();
        if (offered.isEmpty() && linked.isEmpty()) {
            return;
        }
        schoolAccounts.add(new H2("School sign-in"));
        VaadinSession session = VaadinSession.getCurrent();
        Object problem = session.getSession().getAttribute(SchoolSignInHandler.PROBLEM);
        if (problem instanceof String text) {
            session.getSession().removeAttribute(SchoolSignInHandler.PROBLEM);
            Paragraph said = new Paragraph(text);
            said.getElement().setAttribute("role", "alert");
            said.addClassName("composer-problem");
            schoolAccounts.add(said);
        }
        schoolAccounts.add(new Paragraph(
                linked.isEmpty()
                        ? "No school account is linked to this one."
                        : "You can sign in with: " + String.join(", ", linked) + "."));
        for (SignInProvider provider : offered) {
            if (!linked.contains(provider.displayName())) {
                schoolAccounts.add(new Button("Link your " + provider.displayName() + " account", e -> {
                    session.getSession()
                            .setAttribute(SchoolSignInHandler.LINKING_ACCOUNT, currentUser.requireAccountId());
                    getUI().ifPresent(ui ->
                            ui.getPage().setLocation("oauth2/authorization/" + provider.registrationId()));
                }));
            }
        }
    }

    private void saveName() {
        try {
            SignIn.refresh(accounts.changeDisplayName(displayName.getValue()));
            displayName.setInvalid(false);
            getUI().ifPresent(ui -> ui.getPage().reload());
        } catch (InvalidInputException problem) {
            displayName.setErrorMessage(problem.getMessage());
            displayName.setInvalid(true);
        }
    }

    private void savePassword(String loginName) {
        var problem = AccountRules.passwordProblem(loginName, newPassword.getValue());
        newPassword.setErrorMessage(problem.orElse(null));
        newPassword.setInvalid(problem.isPresent());
        var mismatch = AccountRules.confirmationProblem(newPassword.getValue(), confirmation.getValue());
        confirmation.setErrorMessage(mismatch.orElse(null));
        confirmation.setInvalid(mismatch.isPresent());
        if (problem.isPresent() || mismatch.isPresent()) {
            return;
        }
        try {
            SignIn.refresh(accounts.changePassword(currentPassword.getValue(), newPassword.getValue()));
            currentPassword.clear();
            newPassword.clear();
            confirmation.clear();
            currentPassword.setInvalid(false);
            mustChangeBanner.setVisible(false);
            notifySaved("Your password is changed.");
        } catch (InvalidInputException invalid) {
            PasswordField field = "currentPassword".equals(invalid.field()) ? currentPassword : newPassword;
            field.setErrorMessage(invalid.getMessage());
            field.setInvalid(true);
        }
    }

    private static void notifySaved(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
