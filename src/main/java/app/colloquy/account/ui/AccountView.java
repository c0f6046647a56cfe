package app.colloquy.account.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.account.AccountRules;
import app.colloquy.account.AccountService;
import app.colloquy.account.CurrentUser;
import app.colloquy.account.SchoolSignInService;
import app.colloquy.account.SignInProvider;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.Message;
import app.colloquy.platform.MessageBundle;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Your own account: the name others see, and your password (required after a reset). */
@Route("account")
@PermitAll
class AccountView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final SchoolSignInService schools;
    private final CurrentUser currentUser;
    private static final String FOLLOW_BROWSER = "";

    private final Div mustChangeBanner = new Div();
    private final Div schoolAccounts = new Div();
    private final TextField displayName = new TextField(tr("accountView.yourName"));
    private final PasswordField currentPassword = new PasswordField(tr("accountView.currentPassword"));
    private final PasswordField newPassword = new PasswordField(tr("accountView.newPassword"));
    private final PasswordField confirmation = new PasswordField(tr("accountView.newPasswordAgain"));

    AccountView(AccountService accounts, SchoolSignInService schools, CurrentUser currentUser) {
        this.accounts = accounts;
        this.schools = schools;
        this.currentUser = currentUser;
        addClassName("page");
        mustChangeBanner.addClassName("banner");
        mustChangeBanner.getElement().setAttribute("role", "alert");
        mustChangeBanner.add(new Paragraph(tr("accountView.yourTeacherGaveYouA")));
        displayName.setValue(currentUser.require().displayName());
        displayName.setMaxLength(AccountRules.DISPLAY_NAME_MAX);
        Button saveName = new Button(tr("accountView.saveName"), e -> saveName());
        newPassword.setHelperText(tr("accountView.atLeastCharactersAFew", AccountRules.PASSWORD_MIN));
        Button savePassword = new Button(
                tr("accountView.changePassword"),
                e -> savePassword(currentUser.require().getUsername()));
        savePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout nameForm = new FormLayout(displayName);
        FormLayout passwordForm = new FormLayout(currentPassword, newPassword, confirmation);
        for (FormLayout form : new FormLayout[] {nameForm, passwordForm}) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            form.setMaxWidth("28rem");
        }
        add(
                new H1(tr("accountView.myAccount")),
                mustChangeBanner,
                new H2(tr("common.name")),
                nameForm,
                saveName,
                new H2(tr("common.password")),
                passwordForm,
                savePassword,
                new H2(tr("accountView.language")),
                languageChoice(),
                schoolAccounts);
    }

    /** The interface language: the browser's, or one chosen here; choosing reloads the page in it. */
    private Select<String> languageChoice() {
        Select<String> language = new Select<>();
        language.setLabel(tr("accountView.interfaceLanguage"));
        List<String> tags = new ArrayList<>(List.of(FOLLOW_BROWSER));
        MessageBundle.LANGUAGES.forEach(locale -> tags.add(locale.toLanguageTag()));
        language.setItems(tags);
        language.setItemLabelGenerator(tag ->
                tag.equals(FOLLOW_BROWSER) ? tr("accountView.followBrowser") : ownName(Locale.forLanguageTag(tag)));
        language.setValue(
                accounts.interfaceLanguage().map(Locale::toLanguageTag).orElse(FOLLOW_BROWSER));
        language.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Locale chosen = e.getValue().equals(FOLLOW_BROWSER) ? null : Locale.forLanguageTag(e.getValue());
            accounts.chooseInterfaceLanguage(chosen);
            getUI().ifPresent(ui -> {
                InterfaceLanguageSetup.use(ui, chosen);
                ui.getPage().reload();
            });
        });
        return language;
    }

    /** A language named in itself ("English", "Español"), so a person finds theirs whatever is shown. */
    private static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        mustChangeBanner.setVisible(accounts.touchActivity());
        showSchoolAccounts();
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("linked")) {
            notifySaved(tr("accountView.yourSchoolAccountIsLinked"));
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
        schoolAccounts.add(new H2(tr("accountView.schoolSignIn")));
        VaadinSession session = VaadinSession.getCurrent();
        Object problem = session.getSession().getAttribute(SchoolSignInHandler.PROBLEM);
        if (problem instanceof Message message) {
            session.getSession().removeAttribute(SchoolSignInHandler.PROBLEM);
            Paragraph said = new Paragraph(tr(message));
            said.getElement().setAttribute("role", "alert");
            said.addClassName("composer-problem");
            schoolAccounts.add(said);
        }
        schoolAccounts.add(new Paragraph(
                linked.isEmpty()
                        ? tr("accountView.noSchoolAccountIsLinked")
                        : tr("accountView.youCanSignInWith", String.join(", ", linked))));
        for (SignInProvider provider : offered) {
            if (!linked.contains(provider.displayName())) {
                schoolAccounts.add(new Button(tr("accountView.linkYourAccount", provider.displayName()), e -> {
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
            displayName.setErrorMessage(tr(problem));
            displayName.setInvalid(true);
        }
    }

    private void savePassword(String loginName) {
        boolean valid = AccountForm.check(newPassword, AccountRules.passwordProblem(loginName, newPassword.getValue()))
                & AccountForm.check(
                        confirmation,
                        AccountRules.confirmationProblem(newPassword.getValue(), confirmation.getValue()));
        if (!valid) {
            return;
        }
        try {
            SignIn.refresh(accounts.changePassword(currentPassword.getValue(), newPassword.getValue()));
            currentPassword.clear();
            newPassword.clear();
            confirmation.clear();
            currentPassword.setInvalid(false);
            mustChangeBanner.setVisible(false);
            notifySaved(tr("accountView.yourPasswordIsChanged"));
        } catch (InvalidInputException invalid) {
            PasswordField field = "currentPassword".equals(invalid.field()) ? currentPassword : newPassword;
            field.setErrorMessage(tr(invalid));
            field.setInvalid(true);
        }
    }

    private static void notifySaved(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return tr("title.account");
    }
}
