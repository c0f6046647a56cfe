package app.colloquy.account.ui;

import app.colloquy.account.NewSignInProvider;
import app.colloquy.account.SchoolSignInService;
import app.colloquy.account.SignInProvider;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.PublicAddress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
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
    private final TextField name = new TextField("School or provider name");
    private final TextField issuer = new TextField("Issuer URL");
    private final TextField clientId = new TextField("Client ID");
    private final PasswordField clientSecret = new PasswordField("Client secret");
    private final TextField nameClaim = new TextField("Claim with the person's name");
    private final TextField domains = new TextField("Allowed e-mail domains");
    private final Checkbox teachers = new Checkbox("New accounts from this provider are teachers");

    SchoolSignInSection(SchoolSignInService schools, PublicAddress address) {
        this.schools = schools;
        this.address = address;
        addClassName("school-sign-in-admin");
        issuer.setHelperText(
                "Google: https://accounts.google.com · Microsoft: https://login.microsoftonline.com/<tenant>/v2.0");
        nameClaim.setValue("name");
        domains.setHelperText("Comma-separated, like lincoln.k12.us; empty lets any account of the provider in.");
        providers.getElement().setAttribute("aria-label", "Sign-in providers");
        Checkbox passwords =
                new Checkbox("People other than admins may sign in with a password", schools.passwordsEnabled());
        passwords.addValueChangeListener(e -> schools.setPasswordsEnabled(e.getValue()));
        FormLayout form = new FormLayout(name, issuer, clientId, clientSecret, nameClaim, domains, teachers);
        form.setMaxWidth("40rem");
        Button add = new Button("Add provider", e -> addProvider());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new H2("Sign-in with school accounts"),
                new Paragraph("People sign in with the account their school gives them (OpenID Connect: Google,"
                        + " Microsoft Entra, Keycloak...). A new account is made on the first sign-in; someone"
                        + " who has a Colloquy account already links it under My account."),
                providers,
                new H3("Add a provider"),
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
                    "Added " + added.displayName() + ". Register the redirect address shown with the provider.",
                    6000,
                    Notification.Position.BOTTOM_START);
            name.clear();
            issuer.clear();
            clientId.clear();
            clientSecret.clear();
            domains.clear();
        } catch (InvalidInputException problem) {
            Map<String, HasValidation> fields = Map.of(
                    "displayName", name,
                    "issuerUri", issuer,
                    "clientId", clientId,
                    "clientSecret", clientSecret,
                    "nameClaim", nameClaim,
                    "allowedDomains", domains);
            HasValidation field = fields.getOrDefault(problem.field(), name);
            field.setErrorMessage(problem.getMessage());
            field.setInvalid(true);
        }
    }

    private void showProviders() {
        providers.removeAll();
        for (SignInProvider provider : schools.providers()) {
            providers.add(new ListItem(providerRow(provider)));
        }
        if (providers.getChildren().findAny().isEmpty()) {
            providers.add(new ListItem("No providers yet: everyone signs in with a password."));
        }
    }

    private Component providerRow(SignInProvider provider) {
        Span title = new Span(provider.displayName() + " (" + provider.issuerUri() + ")");
        title.addClassName("provider-name");
        Paragraph redirect = new Paragraph(
                "Redirect address to register: " + address.url("/login/oauth2/code/" + provider.registrationId()));
        Paragraph who = new Paragraph(
                (provider.newAccountsAreTeachers() ? "New accounts are teachers" : "New accounts are students")
                        + (provider.allowedDomains().isEmpty()
                                ? "; any e-mail domain."
                                : "; only " + String.join(", ", provider.allowedDomains()) + "."));
        Checkbox enabled = new Checkbox("Offered on the sign-in page", provider.enabled());
        enabled.addValueChangeListener(e -> schools.setProviderEnabled(provider.id(), e.getValue()));
        Button remove = new Button("Remove", e -> {
            schools.removeProvider(provider.id());
            showProviders();
        });
        remove.getElement().setAttribute("aria-label", "Remove " + provider.displayName());
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        return new Div(title, redirect, who, enabled, remove);
    }
}
