package app.colloquy.account.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.account.NewSignInProvider;
import app.colloquy.account.SchoolSignInService;
import app.colloquy.account.SignInProvider;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.FieldProblems;
import app.colloquy.platform.ui.PublicAddress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * The admin's set-up of schools' own sign-in: the OpenID Connect providers (each with the address
 * to register at the provider), and whether people other than admins keep passwords.
 */
class SchoolSignInSection extends Section {

    private final SchoolSignInService schools;
    private final PublicAddress address;
    private final UnorderedList providers = new UnorderedList();
    private final TextField name = new TextField(tr("schoolSignInSection.schoolOrProviderName"));
    private final TextField issuer = new TextField(tr("schoolSignInSection.issuerUrl"));
    private final TextField clientId = new TextField(tr("schoolSignInSection.clientId"));
    private final PasswordField clientSecret = new PasswordField(tr("schoolSignInSection.clientSecret"));
    private final TextField nameClaim = new TextField(tr("schoolSignInSection.claimWithThePersonS"));
    private final TextField domains = new TextField(tr("schoolSignInSection.allowedEMailDomains"));
    private final Checkbox teachers = new Checkbox(tr("schoolSignInSection.newAccountsFromThisProvider"));

    SchoolSignInSection(SchoolSignInService schools, PublicAddress address) {
        this.schools = schools;
        this.address = address;
        addClassName("school-sign-in-admin");
        issuer.setHelperText(tr("schoolSignInSection.googleHttpsAccountsGoogleCom"));
        nameClaim.setValue("name");
        domains.setHelperText(tr("schoolSignInSection.commaSeparatedLikeLincolnK12"));
        providers.getElement().setAttribute("aria-label", tr("schoolSignInSection.signInProviders"));
        Checkbox passwords =
                new Checkbox(tr("schoolSignInSection.peopleOtherThanAdminsMay"), schools.passwordsEnabled());
        passwords.addValueChangeListener(e -> schools.setPasswordsEnabled(e.getValue()));
        FormLayout form = new FormLayout(name, issuer, clientId, clientSecret, nameClaim, domains, teachers);
        form.setMaxWidth("40rem");
        Button add = new Button(tr("schoolSignInSection.addProvider"), e -> addProvider());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new H2(tr("schoolSignInSection.signInWithSchoolAccounts")),
                new Paragraph(tr("schoolSignInSection.peopleSignInWithThe")),
                providers,
                new H3(tr("schoolSignInSection.addAProvider")),
                form,
                add,
                passwords);
        showProviders();
    }

    private void addProvider() {
        try {
            SignInProvider added = schools.addProvider(new NewSignInProvider(
                    name.getValue(),
                    issuer.getValue(),
                    clientId.getValue(),
                    clientSecret.getValue(),
                    nameClaim.getValue(),
                    domains.getValue(),
                    teachers.getValue()));
            showProviders();
            Notification.show(
                    tr("schoolSignInSection.addedRegisterTheRedirectAddress", added.displayName()),
                    6000,
                    Notification.Position.BOTTOM_START);
            name.clear();
            issuer.clear();
            clientId.clear();
            clientSecret.clear();
            domains.clear();
        } catch (InvalidInputException problem) {
            FieldProblems.show(
                    problem,
                    Map.of(
                            "displayName", name,
                            "issuerUri", issuer,
                            "clientId", clientId,
                            "clientSecret", clientSecret,
                            "nameClaim", nameClaim,
                            "allowedDomains", domains),
                    name);
        }
    }

    private void showProviders() {
        providers.removeAll();
        for (SignInProvider provider : schools.providers()) {
            providers.add(new ListItem(providerRow(provider)));
        }
        if (providers.getChildren().findAny().isEmpty()) {
            providers.add(new ListItem(tr("schoolSignInSection.noProvidersYetEveryoneSigns")));
        }
    }

    private Component providerRow(SignInProvider provider) {
        Span title = new Span(provider.displayName() + " (" + provider.issuerUri() + ")");
        title.addClassName("provider-name");
        Paragraph redirect = new Paragraph(tr(
                "schoolSignInSection.redirectAddressToRegister",
                address.url("/login/oauth2/code/" + provider.registrationId())));
        Paragraph who = new Paragraph((provider.newAccountsAreTeachers()
                        ? tr("schoolSignInSection.newAccountsAreTeachers")
                        : tr("schoolSignInSection.newAccountsAreStudents"))
                + (provider.allowedDomains().isEmpty()
                        ? tr("schoolSignInSection.anyEMailDomain")
                        : tr("schoolSignInSection.only", String.join(", ", provider.allowedDomains()))));
        Checkbox enabled = new Checkbox(tr("schoolSignInSection.offeredOnTheSignIn"), provider.enabled());
        enabled.addValueChangeListener(e -> schools.setProviderEnabled(provider.id(), e.getValue()));
        Button remove = new Button(tr("common.remove"), e -> {
            schools.removeProvider(provider.id());
            showProviders();
        });
        remove.getElement().setAttribute("aria-label", tr("schoolSignInSection.remove", provider.displayName()));
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        return new Div(title, redirect, who, enabled, remove);
    }
}
