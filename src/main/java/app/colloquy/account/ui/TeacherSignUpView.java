package app.colloquy.account.ui;

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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/** Teachers create their own account, when the admin has turned this on. */
@Route(value = "signup", autoLayout = false)
@PageTitle("Teacher sign-up · Colloquy")
@AnonymousAllowed
class TeacherSignUpView extends Main implements BeforeEnterObserver {

    private final AccountService accounts;

    TeacherSignUpView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Create a teacher account"));
        if (!accounts.teacherSignupEnabled()) {
            add(
                    new Paragraph("Teachers cannot sign up on their own on this instance. Ask your Colloquy admin "
                            + "to create an account for you."),
                    new RouterLink("Back to sign in", LoginView.class));
            return;
        }
        AccountForm form = new AccountForm();
        Button create = new Button("Create account", e -> create(form));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, create, new Paragraph(new RouterLink("I already have an account", LoginView.class)));
    }

    private void create(AccountForm form) {
        form.validAccount().ifPresent(newAccount -> {
            try {
                SignIn.signInNewAccount(accounts.signUpTeacher(newAccount));
                getUI().ifPresent(ui -> ui.getPage().setLocation("."));
            } catch (InvalidInputException problem) {
                form.show(problem);
            } catch (AccessDeniedException turnedOff) {
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
    }
}
