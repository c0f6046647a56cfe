package app.colloquy.account.ui;

import static app.colloquy.platform.ui.Translate.tr;

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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/** Teachers create their own account, when the admin has turned this on. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
class TeacherSignUpView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    TeacherSignUpView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(tr("teacherSignUpView.createATeacherAccount")));
        if (!accounts.teacherSignupEnabled()) {
            add(
                    new Paragraph(tr("teacherSignUpView.teachersCannotSignUpOn")),
                    new RouterLink(tr("teacherSignUpView.backToSignIn"), LoginView.class));
            return;
        }
        AccountForm form = new AccountForm();
        Button create = new Button(tr("teacherSignUpView.createAccount"), e -> create(form));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                form,
                create,
                new Paragraph(new RouterLink(tr("teacherSignUpView.iAlreadyHaveAnAccount"), LoginView.class)));
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

    @Override
    public String getPageTitle() {
        return tr("title.teacherSignUp");
    }
}
