package app.colloquy.classroom.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.account.CurrentUser;
import app.colloquy.account.ui.AccountForm;
import app.colloquy.account.ui.SignIn;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.JoinPreview;
import app.colloquy.classroom.JoinResult;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.TooManyAttemptsException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Joining a class with its code. Signed in: one field and a button. Not signed in: the student
 * also creates their account, and both happen in one step. The join link fills in the code.
 */
@Route("join/:code?")
@AnonymousAllowed
class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final CurrentUser currentUser;
    private final TextField code = new TextField(tr("joinView.joinCode"));
    private @Nullable Registration codeListener;

    JoinView(ClassroomService classrooms, CurrentUser currentUser) {
        this.classrooms = classrooms;
        this.currentUser = currentUser;
        addClassName("narrow-page");
        code.setPlaceholder(tr("joinView.eGKq7m2xpa"));
        code.setHelperText(tr("joinView.8LettersAndDigitsFrom"));
        code.setMaxLength(20);
        code.setRequiredIndicatorVisible(true);
        code.addClassName("join-code-field");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(code::setValue);
        removeAll();
        add(new H1(tr("common.joinAClass")));
        if (currentUser.get().isPresent()) {
            Button join = new Button(tr("joinView.joinClass"), e -> joinSignedIn());
            join.addThemeVariants(ButtonVariant.PRIMARY);
            join.addClickShortcut(Key.ENTER);
            add(code, join);
            code.focus();
        } else {
            newStudentSteps(event.getRouteParameters().get("code").isPresent());
        }
    }

    /**
     * Not signed in: first the code, checked at once (the class and its teacher are shown to
     * confirm), then the new account. From a join link the code is checked straight away and the
     * focus goes to the first empty field of the account form.
     */
    private void newStudentSteps(boolean fromLink) {
        AccountForm account = new AccountForm();
        Div confirmed = new Div();
        confirmed.addClassName("join-class-confirmed");
        confirmed.getElement().setAttribute("role", "status");
        Div accountStep = new Div(new H2(tr("joinView.yourNewAccount")), account);
        Button join = new Button(tr("joinView.createAccountAndJoin"), e -> joinAsNewStudent(account));
        join.addThemeVariants(ButtonVariant.PRIMARY);
        accountStep.add(join);
        accountStep.setVisible(false);
        Button check = new Button(tr("joinView.continue"));
        check.addClickListener(e -> checkCode(confirmed, accountStep, account, check));
        check.addThemeVariants(ButtonVariant.PRIMARY);
        Anchor signIn = new Anchor(signInHref(), tr("joinView.iAlreadyHaveAnAccount"));
        signIn.addClassName("sign-in-to-join");
        // The view is reused when the code in the address changes: one listener, for this form.
        if (codeListener != null) {
            codeListener.remove();
        }
        codeListener = code.addValueChangeListener(e -> {
            signIn.setHref(signInHref());
            accountStep.setVisible(false);
            confirmed.setText("");
            check.setVisible(true);
        });
        check.addClickShortcut(Key.ENTER).listenOn(code);
        add(code, check, confirmed, accountStep, new Paragraph(signIn));
        if (fromLink && !code.getValue().isBlank()) {
            checkCode(confirmed, accountStep, account, check);
        } else {
            code.focus();
        }
    }

    private void checkCode(Div confirmed, Div accountStep, AccountForm account, Button check) {
        try {
            JoinPreview preview = classrooms.checkJoinCode(code.getValue(), clientAddress());
            code.setInvalid(false);
            confirmed.setText(tr(
                    "joinView.youAreJoiningNowCreate",
                    preview.className(),
                    (preview.teacherNames().isEmpty()
                            ? ""
                            : tr("joinView.taughtBy", String.join(tr("joinView.and"), preview.teacherNames())))));
            accountStep.setVisible(true);
            check.setVisible(false);
            account.focusFirstEmptyField();
        } catch (InvalidInputException | TooManyAttemptsException problem) {
            accountStep.setVisible(false);
            confirmed.setText("");
            showCodeProblem(tr(problem));
        }
    }

    private void joinSignedIn() {
        try {
            open(classrooms.joinWithCode(code.getValue(), clientAddress()));
        } catch (InvalidInputException | TooManyAttemptsException problem) {
            showCodeProblem(tr(problem));
        } catch (AccessDeniedException refused) {
            showCodeProblem(tr("joinView.adminsDoNotJoin"));
        }
    }

    private void joinAsNewStudent(AccountForm account) {
        if (code.getValue().isBlank()) {
            showCodeProblem(tr("joinView.enterTheJoinCodeYour"));
            return;
        }
        account.validAccount().ifPresent(newAccount -> {
            try {
                JoinResult joined = classrooms.joinAsNewStudent(code.getValue(), newAccount, clientAddress());
                SignIn.signInNewAccount(joined.account());
                getUI().ifPresent(ui -> ui.getPage().setLocation("classes/" + joined.classroomId()));
            } catch (TooManyAttemptsException problem) {
                showCodeProblem(tr(problem));
            } catch (InvalidInputException problem) {
                if (!account.show(problem)) {
                    showCodeProblem(tr(problem));
                }
            }
        });
    }

    /** Signing in through this link comes back to the join form with the code filled in. */
    private String signInHref() {
        String typed = code.getValue().replaceAll("[^A-Za-z0-9]", "");
        return typed.isEmpty() ? "login" : "join/" + typed + "/signed-in";
    }

    private void open(JoinResult joined) {
        getUI().ifPresent(ui ->
                ui.navigate(ClassView.class, new RouteParameters("classId", String.valueOf(joined.classroomId()))));
    }

    private void showCodeProblem(@Nullable String message) {
        code.setErrorMessage(message);
        code.setInvalid(true);
        code.focus();
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return tr("title.join");
    }
}
