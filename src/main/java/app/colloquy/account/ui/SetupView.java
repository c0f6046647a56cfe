package app.colloquy.account.ui;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.platform.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/** A fresh install's first screen: whoever opens it first creates the admin account. */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up Colloquy")
@AnonymousAllowed
class SetupView extends Main implements BeforeEnterObserver {

    private final AccountService accounts;
    private final AccountForm form = new AccountForm();

    SetupView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("narrow-page");
        Button create = new Button("Create admin account", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1("Welcome to Colloquy"),
                new Paragraph("This instance has no accounts yet. Create the admin account: it manages teacher "
                        + "accounts and instance settings. You can also teach classes with it."),
                form,
                create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.hasAnyAccount()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void create() {
        form.validAccount().ifPresent(newAccount -> {
            try {
                Account admin = accounts.createFirstAdmin(newAccount);
                SignIn.signInNewAccount(admin);
                getUI().ifPresent(ui -> ui.getPage().setLocation("admin"));
            } catch (InvalidInputException problem) {
                form.show(problem);
            } catch (AccessDeniedException alreadySetUp) {
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            }
        });
    }
}
