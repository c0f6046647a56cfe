package app.colloquy.classroom.ui;

import static app.colloquy.platform.ui.Translate.tr;

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
    private String title = tr("classManageView.manageClass");
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
        title = tr("classManageView.manageColloquy", classroom.name());
        removeAll();
        add(
                ClassLinks.to(classId, tr("classManageView.backTo", classroom.name())),
                new H1(tr("classManageView.manage", classroom.name())));
        if (classroom.archived()) {
            add(ArchivedBanner.create(), button(tr("classManageView.restoreClass"), false, () -> {
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
        joinCode.getElement().setAttribute("aria-label", tr("classManageView.joinCode"));
        joinLink.addClassName("join-link");
        Button copyCode = button(
                tr("classManageView.copyCode"),
                archived,
                () -> Clipboard.copy(getUI().orElseThrow(), joinCode.getText(), tr("classManageView.code")));
        Button copyLink = button(
                tr("classManageView.copyJoinLink"),
                archived,
                () -> Clipboard.copy(getUI().orElseThrow(), joinLink.getText(), tr("classManageView.link")));
        Checkbox joining = new Checkbox(tr("classManageView.studentsCanJoinWithThis"), join.joiningEnabled());
        joining.setEnabled(!archived);
        joining.addValueChangeListener(e -> showCode(classrooms.setJoiningEnabled(classId, e.getValue())));
        Button regenerate = button(tr("classManageView.newCode"), archived, this::confirmNewCode);
        Section section = section(
                tr("classManageView.joinCode"),
                new Paragraph(tr("classManageView.studentsTypeThisCodeUnder")),
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
                tr("classManageView.showOnTheProjector"),
                e -> JoinCodeDisplay.open(className, classrooms.joinSettings(classId), address));
    }

    private void showCode(JoinSettings join) {
        joinCode.setText(join.joinCode());
        joinCode.getElement().getClassList().set("disabled", !join.joiningEnabled());
        joinLink.setText(JoinCodeDisplay.link(join.joinCode(), address));
    }

    private void confirmNewCode() {
        ConfirmDialog confirm = new ConfirmDialog(
                tr("classManageView.replaceTheJoinCode"),
                tr("classManageView.theCurrentCodeAndJoin"),
                tr("classManageView.replaceCode"),
                e -> showCode(classrooms.regenerateJoinCode(classId)));
        confirm.setCancelable(true);
        confirm.open();
    }

    private Section rosterSection(boolean archived) {
        // The name stays in view when a narrow screen scrolls the roster sideways.
        roster.addColumn(RosterEntry::displayName)
                .setHeader(tr("common.name"))
                .setAutoWidth(true)
                .setFlexGrow(1)
                .setFrozen(true);
        roster.addColumn(RosterEntry::loginName)
                .setHeader(tr("common.loginName"))
                .setAutoWidth(true);
        roster.addColumn(r -> DateTimes.format(r.joinedAt()))
                .setHeader(tr("classManageView.joined"))
                .setAutoWidth(true);
        roster.addColumn(r -> r.lastActiveAt() == null ? tr("common.never") : DateTimes.format(r.lastActiveAt()))
                .setHeader(tr("common.lastActive"))
                .setAutoWidth(true);
        roster.addColumn(r -> r.formerMember() ? tr("classManageView.formerMember") : "")
                .setHeader(tr("classManageView.status"))
                .setAutoWidth(true);
        roster.addComponentColumn(r -> rowActions(r, archived))
                .setHeader(tr("classManageView.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        roster.setItems(
                q -> classrooms.roster(classId, q.getOffset(), q.getLimit()).stream(),
                q -> classrooms.rosterSize(classId));
        roster.setAriaLabel(tr("classManageView.students"));
        roster.setEmptyStateText(tr("classManageView.noStudentsYetShareThe"));
        roster.setHeight("28rem");
        return section(tr("classManageView.students"), roster);
    }

    private HorizontalLayout rowActions(RosterEntry student, boolean archived) {
        HorizontalLayout actions = new HorizontalLayout();
        if (student.formerMember()) {
            return actions;
        }
        Button reset = button(tr("classManageView.resetPassword"), archived, () -> confirmReset(student));
        reset.setAriaLabel(tr("classManageView.resetPasswordOf", student.displayName()));
        Button remove = button(tr("common.remove"), archived, () -> confirmRemove(student));
        remove.setAriaLabel(tr("classManageView.removeFromTheClass", student.displayName()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(reset, remove);
        return actions;
    }

    private void confirmReset(RosterEntry student) {
        ConfirmDialog confirm = new ConfirmDialog(
                tr("classManageView.resetSPassword", student.displayName()),
                tr("classManageView.youWillGetATemporary"),
                tr("classManageView.resetPassword"),
                e -> showTemporaryPassword(student, accounts.resetStudentPassword(student.accountId())));
        confirm.setCancelable(true);
        confirm.open();
    }

    private void showTemporaryPassword(RosterEntry student, String temporary) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tr("classManageView.temporaryPasswordFor", student.displayName()));
        Span password = new Span(temporary);
        password.addClassName("temporary-password");
        password.getElement().setAttribute("aria-label", tr("classManageView.temporaryPassword"));
        dialog.add(
                new Paragraph(tr("classManageView.loginName", student.loginName())),
                password,
                new Paragraph(tr("classManageView.giveItToThemPrivately")));
        dialog.getFooter().add(new Button(tr("classManageView.done"), e -> dialog.close()));
        dialog.open();
    }

    private void confirmRemove(RosterEntry student) {
        ConfirmDialog confirm = new ConfirmDialog(
                tr("classManageView.removeFromTheClass2", student.displayName()),
                tr("classManageView.theyLoseAccessAtOnce"),
                tr("classManageView.remove"),
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
                tr("classManageView.teachers"), new Paragraph(tr("classManageView.coTeachersHaveTheSame")), teachers);
        Runnable refresh = () -> listTeachers(teachers, archived);
        refresh.run();
        TextField login = new TextField(tr("classManageView.colleagueSLoginName"));
        login.setEnabled(!archived);
        Button invite = button(tr("classManageView.inviteCoTeacher"), archived, () -> {
            try {
                classrooms.inviteCoTeacher(classId, login.getValue());
                Notification.show(
                        tr(
                                "classManageView.invitationSavedIfHasA",
                                login.getValue().strip()),
                        6000,
                        Notification.Position.BOTTOM_START);
                login.clear();
                login.setInvalid(false);
                refresh.run();
            } catch (InvalidInputException problem) {
                login.setErrorMessage(tr(problem));
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
        list.getElement().setAttribute("aria-label", tr("classManageView.teachersOfThisClass"));
        List<ClassTeacher> current = classrooms.teachers(classId);
        for (ClassTeacher teacher : current) {
            ListItem item = new ListItem(new Span(teacher.displayName()));
            // A class always keeps a teacher: the last one is offered no "Remove".
            if (current.size() > 1) {
                boolean me = teacher.accountId() == currentUser.requireAccountId();
                Button remove = button(
                        me ? tr("classManageView.leaveClass") : tr("classManageView.remove"),
                        archived,
                        () -> confirmRemoveTeacher(teacher, teachers, archived));
                remove.setAriaLabel(
                        me
                                ? tr("classManageView.leaveClassStopTeachingIt")
                                : tr("classManageView.removeAsTeacher", teacher.displayName()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                item.add(remove);
            }
            list.add(item);
        }
        for (String invited : classrooms.pendingInvitations(classId)) {
            Button cancel = button(tr("classManageView.cancelInvitation"), archived, () -> {
                classrooms.cancelInvitation(classId, invited);
                listTeachers(teachers, archived);
            });
            cancel.setAriaLabel(tr("classManageView.cancelInvitationOf", invited));
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new Span(tr("classManageView.invitedNotAcceptedYet", invited)), cancel));
        }
        teachers.add(list);
    }

    private void confirmRemoveTeacher(ClassTeacher teacher, Div teachers, boolean archived) {
        boolean me = teacher.accountId() == currentUser.requireAccountId();
        ConfirmDialog confirm = new ConfirmDialog(
                me
                        ? tr("classManageView.leaveThisClass")
                        : tr("classManageView.removeAsTeacher2", teacher.displayName()),
                me ? tr("classManageView.youLoseAccessToThis") : tr("classManageView.theyLoseAccessToThis"),
                me ? tr("classManageView.leaveClass") : "Remove",
                e -> {
                    try {
                        classrooms.removeTeacher(classId, teacher.accountId());
                        if (me) {
                            getUI().ifPresent(ui -> ui.navigate(""));
                        } else {
                            listTeachers(teachers, archived);
                        }
                    } catch (InvalidInputException problem) {
                        Notification.show(tr(problem), 6000, Notification.Position.MIDDLE);
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private Section detailsSection(ClassroomSummary classroom) {
        TextField name = new TextField(tr("classManageView.className"), classroom.name(), "");
        TextField term = new TextField(
                tr("classManageView.termOrPeriodOptional"), classroom.term() == null ? "" : classroom.term(), "");
        name.setMaxLength(100);
        term.setMaxLength(100);
        name.setEnabled(!classroom.archived());
        term.setEnabled(!classroom.archived());
        FormLayout form = new FormLayout(name, term);
        form.setMaxWidth("32rem");
        Button save = button(tr("classManageView.saveName"), classroom.archived(), () -> {
            try {
                classrooms.rename(classId, name.getValue(), term.getValue());
                reload();
            } catch (InvalidInputException problem) {
                TextField field = "term".equals(problem.field()) ? term : name;
                field.setErrorMessage(tr(problem));
                field.setInvalid(true);
            }
        });
        Checkbox pseudonyms =
                new Checkbox(tr("classManageView.studentsSeeClassmatesUnderPseudonyms"), classroom.pseudonymous());
        pseudonyms.setEnabled(!classroom.archived());
        pseudonyms.setHelperText(tr("classManageView.forNotesAnswersAndReplies"));
        pseudonyms.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                classrooms.setPseudonymous(classId, e.getValue());
                Notification.show(
                        e.getValue()
                                ? tr("classManageView.studentsNowSeeClassmatesUnder")
                                : tr("classManageView.studentsNowSeeClassmatesNames"),
                        4000,
                        Notification.Position.BOTTOM_START);
            }
        });
        Section section = section(tr("classManageView.classDetails"), form, save, pseudonyms);
        if (!classroom.archived()) {
            Button archive = button(tr("classManageView.archiveClass"), false, () -> {
                ConfirmDialog confirm = new ConfirmDialog(
                        tr("classManageView.archive", classroom.name()),
                        tr("classManageView.theClassBecomesReadOnly"),
                        tr("classManageView.archive2"),
                        e -> {
                            classrooms.setArchived(classId, true);
                            reload();
                        });
                confirm.setCancelable(true);
                confirm.open();
            });
            section.add(new Paragraph(tr("classManageView.atTheEndOfThe")), archive);
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
