package app.colloquy.classroom.ui;

import app.colloquy.account.AccountService;
import app.colloquy.account.CurrentUser;
import app.colloquy.classroom.ClassTeacher;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.JoinSettings;
import app.colloquy.classroom.RosterEntry;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.Clipboard;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.platform.ui.PublicAddress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Where a teacher runs a class: the join code, the roster, co-teachers, the name, archiving. */
@Route("classes/:classId([0-9]{1,18})/manage")
@PermitAll
class ClassManageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final PublicAddress address;
    private long classId;
    private String title = "Manage class";
    private final Span joinCode = new Span();
    private final Span joinLink = new Span();
    private final Grid<RosterEntry> roster = new Grid<>();

    ClassManageView(
            ClassroomService classrooms, AccountService accounts, CurrentUser currentUser, PublicAddress address) {
        this.address = address;
        this.currentUser = currentUser;
        this.classrooms = classrooms;
        this.accounts = accounts;
        addClassName("page");
        addClassName("manage-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classId = event.getRouteParameters().getLong("classId").orElseThrow();
        JoinSettings join = classrooms.joinSettings(classId);
        ClassroomSummary classroom = classrooms.getClassroom(classId);
        title = "Manage " + classroom.name() + " · Colloquy";
        removeAll();
        add(ClassLinks.to(classId, "← Back to " + classroom.name()), new H1("Manage " + classroom.name()));
        if (classroom.archived()) {
            add(ArchivedBanner.create(), button("Restore class", false, () -> {
                classrooms.setArchived(classId, false);
                reload();
            }));
        }
        add(
                joinSection(join, classroom),
                rosterSection(classroom.archived()),
                coTeacherSection(classroom.archived()),
                detailsSection(classroom));
    }

    private Section joinSection(JoinSettings join, ClassroomSummary classroom) {
        boolean archived = classroom.archived();
        showCode(join);
        joinCode.addClassName("join-code");
        joinCode.getElement().setAttribute("aria-label", "Join code");
        joinLink.addClassName("join-link");
        Button copyCode =
                button("Copy code", archived, () -> Clipboard.copy(getUI().orElseThrow(), joinCode.getText(), "Code"));
        Button copyLink = button(
                "Copy join link", archived, () -> Clipboard.copy(getUI().orElseThrow(), joinLink.getText(), "Link"));
        Checkbox joining = new Checkbox("Students can join with this code", join.joiningEnabled());
        joining.setEnabled(!archived);
        joining.addValueChangeListener(e -> showCode(classrooms.setJoiningEnabled(classId, e.getValue())));
        Button regenerate = button("New code", archived, this::confirmNewCode);
        Section section = section(
                "Join code",
                new Paragraph("Students type this code under \"Join a class\", "
                        + "or open the join link. Project it on the board; it has no look-alike characters."),
                joinCode,
                joinActions(copyCode, copyLink, project(classroom.name()), regenerate),
                joinLink,
                joining);
        section.addClassName("join-section");
        return section;
    }

    private static HorizontalLayout joinActions(Button... buttons) {
        HorizontalLayout actions = new HorizontalLayout(buttons);
        actions.setWrap(true);
        return actions;
    }

    private Button project(String className) {
        return new Button(
                "Show on the projector",
                e -> JoinCodeDisplay.open(className, classrooms.joinSettings(classId), address));
    }

    private void showCode(JoinSettings join) {
        joinCode.setText(join.joinCode());
        joinCode.getElement().getClassList().set("disabled", !join.joiningEnabled());
        joinLink.setText(JoinCodeDisplay.link(join.joinCode(), address));
    }

    private void confirmNewCode() {
        ConfirmDialog confirm = new ConfirmDialog(
                "Replace the join code?",
                "The current code and join link stop working at once. Students already in the class stay in it.",
                "Replace code",
                e -> showCode(classrooms.regenerateJoinCode(classId)));
        confirm.setCancelable(true);
        confirm.open();
    }

    private Section rosterSection(boolean archived) {
        // The name stays in view when a narrow screen scrolls the roster sideways.
        roster.addColumn(RosterEntry::displayName)
                .setHeader("Name")
                .setAutoWidth(true)
                .setFlexGrow(1)
                .setFrozen(true);
        roster.addColumn(RosterEntry::loginName).setHeader("Login name").setAutoWidth(true);
        roster.addColumn(r -> DateTimes.format(r.joinedAt()))
                .setHeader("Joined")
                .setAutoWidth(true);
        roster.addColumn(r -> r.lastActiveAt() == null ? "Never" : DateTimes.format(r.lastActiveAt()))
                .setHeader("Last active")
                .setAutoWidth(true);
        roster.addColumn(r -> r.formerMember() ? "Former member" : "")
                .setHeader("Status")
                .setAutoWidth(true);
        roster.addComponentColumn(r -> rowActions(r, archived))
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        roster.setItems(
                q -> classrooms.roster(classId, q.getOffset(), q.getLimit()).stream(),
                q -> classrooms.rosterSize(classId));
        roster.setAriaLabel("Students");
        roster.setEmptyStateText("No students yet. Share the join code to let them in.");
        roster.setHeight("28rem");
        return section("Students", roster);
    }

    private HorizontalLayout rowActions(RosterEntry student, boolean archived) {
        HorizontalLayout actions = new HorizontalLayout();
        if (student.formerMember()) {
            return actions;
        }
        Button reset = button("Reset password", archived, () -> confirmReset(student));
        reset.setAriaLabel("Reset password of " + student.displayName());
        Button remove = button("Remove", archived, () -> confirmRemove(student));
        remove.setAriaLabel("Remove " + student.displayName() + " from the class");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(reset, remove);
        return actions;
    }

    private void confirmReset(RosterEntry student) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Reset " + student.displayName() + "'s password?",
                "You will get a temporary password to give them. They must choose a new one when they sign in.",
                "Reset password",
                e -> showTemporaryPassword(student, accounts.resetStudentPassword(student.accountId())));
        confirm.setCancelable(true);
        confirm.open();
    }

    private void showTemporaryPassword(RosterEntry student, String temporary) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Temporary password for " + student.displayName());
        Span password = new Span(temporary);
        password.addClassName("temporary-password");
        password.getElement().setAttribute("aria-label", "Temporary password");
        dialog.add(
                new Paragraph("Login name: " + student.loginName()),
                password,
                new Paragraph("Give it to them privately. It works until they choose their own password."));
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.open();
    }

    private void confirmRemove(RosterEntry student) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Remove " + student.displayName() + " from the class?",
                "They lose access at once. Their annotations and answers are kept for your records, marked as "
                        + "from a former member. They can rejoin with the join code unless you replace it.",
                "Remove",
                e -> {
                    classrooms.removeStudent(classId, student.accountId());
                    roster.getDataProvider().refreshAll();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    /** Teachers of the class, invitations not yet answered, and inviting a colleague. */
    private Section coTeacherSection(boolean archived) {
        Div teachers = new Div();
        teachers.addClassName("co-teachers");
        Section section = section(
                "Teachers",
                new Paragraph("Co-teachers have the same rights in this class as you. "
                        + "A colleague becomes a co-teacher when they accept your invitation."),
                teachers);
        Runnable refresh = () -> listTeachers(teachers, archived);
        refresh.run();
        TextField login = new TextField("Colleague's login name");
        login.setEnabled(!archived);
        Button invite = button("Invite co-teacher", archived, () -> {
            try {
                classrooms.inviteCoTeacher(classId, login.getValue());
                Notification.show(
                        "Invitation saved. If \"" + login.getValue().strip() + "\" has a teacher account, "
                                + "they see it on their My classes page and can accept it.",
                        6000,
                        Notification.Position.BOTTOM_START);
                login.clear();
                login.setInvalid(false);
                refresh.run();
            } catch (InvalidInputException problem) {
                login.setErrorMessage(problem.getMessage());
                login.setInvalid(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(login, invite);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        section.add(row);
        return section;
    }

    private void listTeachers(Div teachers, boolean archived) {
        teachers.removeAll();
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", "Teachers of this class");
        List<ClassTeacher> current = classrooms.teachers(classId);
        for (ClassTeacher teacher : current) {
            ListItem item = new ListItem(new Span(teacher.displayName()));
            // A class always keeps a teacher: the last one is offered no "Remove".
            if (current.size() > 1) {
                boolean me = teacher.accountId() == currentUser.requireAccountId();
                Button remove = button(
                        me ? "Leave class" : "Remove",
                        archived,
                        () -> confirmRemoveTeacher(teacher, teachers, archived));
                remove.setAriaLabel(
                        me ? "Leave class: stop teaching it" : "Remove " + teacher.displayName() + " as teacher");
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                item.add(remove);
            }
            list.add(item);
        }
        for (String invited : classrooms.pendingInvitations(classId)) {
            Button cancel = button("Cancel invitation", archived, () -> {
                classrooms.cancelInvitation(classId, invited);
                listTeachers(teachers, archived);
            });
            cancel.setAriaLabel("Cancel invitation of " + invited);
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new Span("Invited: " + invited + " (not accepted yet)"), cancel));
        }
        teachers.add(list);
    }

    private void confirmRemoveTeacher(ClassTeacher teacher, Div teachers, boolean archived) {
        boolean me = teacher.accountId() == currentUser.requireAccountId();
        ConfirmDialog confirm = new ConfirmDialog(
                me ? "Leave this class?" : "Remove " + teacher.displayName() + " as teacher?",
                me
                        ? "You lose access to this class at once. Its other teachers can invite you again."
                        : "They lose access to this class at once. You can invite them again later.",
                me ? "Leave class" : "Remove",
                e -> {
                    try {
                        classrooms.removeTeacher(classId, teacher.accountId());
                        if (me) {
                            getUI().ifPresent(ui -> ui.navigate(""));
                        } else {
                            listTeachers(teachers, archived);
                        }
                    } catch (InvalidInputException problem) {
                        Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE);
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private Section detailsSection(ClassroomSummary classroom) {
        TextField name = new TextField("Class name", classroom.name(), "");
        TextField term =
                new TextField("Term or period (optional)", classroom.term() == null ? "" : classroom.term(), "");
        name.setMaxLength(100);
        term.setMaxLength(100);
        name.setEnabled(!classroom.archived());
        term.setEnabled(!classroom.archived());
        FormLayout form = new FormLayout(name, term);
        form.setMaxWidth("32rem");
        Button save = button("Save name", classroom.archived(), () -> {
            try {
                classrooms.rename(classId, name.getValue(), term.getValue());
                reload();
            } catch (InvalidInputException problem) {
                TextField field = "term".equals(problem.field()) ? term : name;
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            }
        });
        Checkbox pseudonyms = new Checkbox(
                "Students see classmates under pseudonyms (\"Classmate A\"), never their names",
                classroom.pseudonymous());
        pseudonyms.setEnabled(!classroom.archived());
        pseudonyms.setHelperText("For notes, answers and replies in every lesson, and the class's people list. "
                + "Teachers always see names. Each student keeps the same pseudonym across the class's lessons.");
        pseudonyms.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                classrooms.setPseudonymous(classId, e.getValue());
                Notification.show(
                        e.getValue()
                                ? "Students now see classmates under pseudonyms."
                                : "Students now see classmates' names.",
                        4000,
                        Notification.Position.BOTTOM_START);
            }
        });
        Section section = section("Class details", form, save, pseudonyms);
        if (!classroom.archived()) {
            Button archive = button("Archive class", false, () -> {
                ConfirmDialog confirm = new ConfirmDialog(
                        "Archive " + classroom.name() + "?",
                        "The class becomes read-only and moves to \"Archived\" on My classes. You can restore it later.",
                        "Archive",
                        e -> {
                            classrooms.setArchived(classId, true);
                            reload();
                        });
                confirm.setCancelable(true);
                confirm.open();
            });
            section.add(
                    new Paragraph("At the end of the term, archive the class: it stays readable but unchanged."),
                    archive);
        }
        return section;
    }

    private void reload() {
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private static Section section(String heading, Component... content) {
        Section section = new Section(new H2(heading));
        section.add(content);
        section.addClassName("manage-section");
        return section;
    }

    private static Button button(String text, boolean disabled, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setEnabled(!disabled);
        return button;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
