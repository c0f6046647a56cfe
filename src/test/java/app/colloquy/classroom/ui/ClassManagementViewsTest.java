package app.colloquy.classroom.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassTeacher;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.ui.NotFoundView;
import app.colloquy.testsupport.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClassManagementViewsTest extends BrowserlessTest {

    @Autowired
    ClassroomService classrooms;

    @Test
    void teachersCanStartANewClass() {
        accounts.signIn(accounts.createTeacher("teacher"));
        UI.getCurrent().navigate("");

        _get(Button.class, spec -> spec.withText("New class"));
    }

    @Test
    void studentsCannotStartAClass() {
        accounts.signIn(accounts.create("student"));
        UI.getCurrent().navigate("");

        _get(MyClassesView.class);
        _assertNone(Button.class, spec -> spec.withText("New class"));
    }

    @Test
    void theTeacherSeesTheJoinCodeAndCanTurnJoiningOff() {
        Account teacher = accounts.createTeacher("teacher");
        long classId = accounts.createClass(teacher, "Period 5");
        accounts.signIn(teacher);

        UI.getCurrent().navigate("classes/" + classId + "/manage");

        String code = classrooms.joinSettings(classId).joinCode();
        Span shown = _get(Span.class, spec -> spec.withClasses("join-code"));
        assertThat(shown.getText()).isEqualTo(code);
        assertThat(_get(Span.class, spec -> spec.withClasses("join-link")).getText())
                .endsWith("/join/" + code);

        _get(Checkbox.class, spec -> spec.withLabel("Students can join with this code"))
                .setValue(false);

        assertThat(classrooms.joinSettings(classId).joiningEnabled()).isFalse();
        assertThat(shown.getClassNames()).contains("disabled");
    }

    @Test
    void aStudentCannotOpenTheManagementPage() {
        Account teacher = accounts.createTeacher("teacher");
        Account student = accounts.create("student");
        long classId = accounts.createClass(teacher, "Period 6", student);
        accounts.signIn(student);

        UI.getCurrent().navigate("classes/" + classId + "/manage");

        _get(NotFoundView.class);
        _assertNone(Span.class, spec -> spec.withClasses("join-code"));
    }

    @Test
    void aSignedInStudentJoinsWithACodeAndIsToldWhenItIsWrong() {
        Account teacher = accounts.createTeacher("teacher");
        long classId = accounts.createClass(teacher, "Period 7");
        String code =
                accounts.as(teacher, () -> classrooms.joinSettings(classId).joinCode());
        accounts.signIn(accounts.create("student"));
        UI.getCurrent().navigate("join");

        TextField codeField = _get(TextField.class, spec -> spec.withLabel("Join code"));
        codeField.setValue("WRONG123");
        _click(_get(Button.class, spec -> spec.withText("Join class")));
        assertThat(codeField.isInvalid()).isTrue();
        assertThat(codeField.getErrorMessage()).contains("does not open any class");
        assertThat(codeField.getValue()).as("what was typed is kept").isEqualTo("WRONG123");

        codeField.setValue(code.toLowerCase());
        _click(_get(Button.class, spec -> spec.withText("Join class")));
        _get(H1.class, spec -> spec.withText("Period 7"));
    }

    @Test
    void theJoinLinkFillsInTheCode() {
        accounts.signIn(accounts.create("student"));

        UI.getCurrent().navigate("join/ABCD2345");

        assertThat(_get(TextField.class, spec -> spec.withLabel("Join code")).getValue())
                .isEqualTo("ABCD2345");
    }

    @Test
    void aTeacherInvitesAColleagueWhoAcceptsOnMyClassesAndThenLeavesTheClass() {
        Account teacher = accounts.createTeacher("teacher");
        Account colleague = accounts.createTeacher("colleague");
        long classId = accounts.createClass(teacher, "Period 8");
        accounts.signIn(teacher);
        UI.getCurrent().navigate("classes/" + classId + "/manage");
        _assertNone(Button.class, spec -> spec.withText("Leave class"));

        _get(TextField.class, spec -> spec.withLabel("Colleague's login name")).setValue(colleague.loginName());
        _click(_get(Button.class, spec -> spec.withText("Invite co-teacher")));
        buttonNamed("Cancel invitation of " + colleague.loginName().toLowerCase());

        accounts.signIn(colleague);
        UI.getCurrent().navigate("");
        _click(buttonNamed("Accept invitation to teach Period 8"));
        _get(H1.class, spec -> spec.withText("Period 8"));

        UI.getCurrent().navigate("classes/" + classId + "/manage");
        _click(_get(Button.class, spec -> spec.withText("Leave class")));
        _fireConfirm(_get(ConfirmDialog.class));
        _get(MyClassesView.class);
        assertThat(accounts.as(teacher, () -> classrooms.teachers(classId)))
                .extracting(ClassTeacher::displayName)
                .containsExactly(teacher.displayName());
    }

    /** The button whose accessible name (aria-label) is this, as a screen reader finds it. */
    private static Button buttonNamed(String accessibleName) {
        return _find(Button.class).stream()
                .filter(b -> accessibleName.equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button named " + accessibleName));
    }
}
