package app.colloquy.account.ui;

import static app.colloquy.platform.ui.Translate.tr;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/** A fresh install's first screen: whoever opens it first creates the admin account. */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
class SetupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final AccountForm form = new AccountForm();

    SetupView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("narrow-page");
        Button create = new Button(tr("setupView.createAdminAccount"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(tr("setupView.welcomeToColloquy")),
                new Paragraph(tr("setupView.thisInstanceHasNoAccounts")),
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

    @Override
    public String getPageTitle() {
        return tr("title.setup");
    }
}
