package app.colloquy.account.ui;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.account.SchoolSignInService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.PublicAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The admin's screen: teacher accounts, whether teachers may sign up on their own, and schools' own sign-in. */
@Route("admin")
@PageTitle("Administration · Colloquy")
@RolesAllowed("ADMIN")
class AdminView extends Main {

    private final AccountService accounts;
    private final Grid<Account> teachers = new Grid<>();
    private AccountForm newTeacher = new AccountForm();

    AdminView(AccountService accounts, SchoolSignInService schools, PublicAddress address) {
        this.accounts = accounts;
        addClassName("page");
        Checkbox signup = new Checkbox("Teachers may create their own accounts", accounts.teacherSignupEnabled());
        signup.addValueChangeListener(e -> accounts.setTeacherSignupEnabled(e.getValue()));

        teachers.addColumn(Account::displayName).setHeader("Name").setAutoWidth(true);
        teachers.addColumn(Account::loginName).setHeader("Login name").setAutoWidth(true);
        teachers.addColumn(a -> a.admin() ? "Admin" : "").setHeader("Also");
        teachers.setItems(
                query -> accounts.teachers(query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countTeachers());
        teachers.setAllRowsVisible(true);
        teachers.setAriaLabel("Teacher accounts");

        Button create = new Button("Create teacher account", e -> createTeacher());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newTeacher.setMaxWidth("28rem");
        add(
                new H1("Administration"),
                new H2("Teacher sign-up"),
                signup,
                new H2("New teacher account"),
                newTeacher,
                create,
                new H2("Teacher accounts"),
                teachers,
                new SchoolSignInSection(schools, address));
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
                                "Created " + created.displayName() + " (" + created.loginName()
                                        + "). Give them their login name and password.",
                                6000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException problem) {
                newTeacher.show(problem);
            }
        });
    }
}
