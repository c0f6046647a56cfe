package app.colloquy.account.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.account.SchoolSignInService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.PublicAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The admin's screen: teacher accounts, whether teachers may sign up on their own, and schools' own sign-in. */
@Route("admin")
@RolesAllowed("ADMIN")
class AdminView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<Account> teachers = new Grid<>();
    private AccountForm newTeacher = new AccountForm();

    AdminView(AccountService accounts, SchoolSignInService schools, PublicAddress address) {
        this.accounts = accounts;
        addClassName("page");
        Checkbox signup = new Checkbox(tr("adminView.teachersMayCreateTheirOwn"), accounts.teacherSignupEnabled());
        signup.addValueChangeListener(e -> accounts.setTeacherSignupEnabled(e.getValue()));

        teachers.addColumn(Account::displayName).setHeader(tr("common.name")).setAutoWidth(true);
        teachers.addColumn(Account::loginName).setHeader(tr("common.loginName")).setAutoWidth(true);
        teachers.addColumn(a -> a.admin() ? tr("adminView.admin") : "").setHeader(tr("adminView.also"));
        teachers.setItems(
                query -> accounts.teachers(query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countTeachers());
        teachers.setAllRowsVisible(true);
        teachers.setAriaLabel(tr("adminView.teacherAccounts"));

        Button create = new Button(tr("adminView.createTeacherAccount"), e -> createTeacher());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newTeacher.setMaxWidth("28rem");
        add(
                new H1(tr("adminView.administration")),
                new H2(tr("adminView.teacherSignUp")),
                signup,
                new H2(tr("adminView.newTeacherAccount")),
                newTeacher,
                create,
                new H2(tr("adminView.teacherAccounts")),
                teachers,
                new SchoolSignInSection(schools, address),
                new H2(tr("adminView.learningPlatforms")),
                new Paragraph(new Anchor("admin/learning-platforms", tr("adminView.learningPlatformsLink"))));
    }

    private void createTeacher() {
        newTeacher.validAccount().ifPresent(account -> {
            try {
                Account created = accounts.createAccount(account, false, true);
                teachers.getDataProvider().refreshAll();
                AccountForm fresh = new AccountForm();
                fresh.setMaxWidth("28rem");
                replace(newTeacher, fresh);
                newTeacher = fresh;
                Notification.show(
                                tr("adminView.createdGiveThemTheirLogin", created.displayName(), created.loginName()),
                                6000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException problem) {
                newTeacher.show(problem);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return tr("title.admin");
    }
}
