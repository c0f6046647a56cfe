package app.colloquy.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.ui.NotFoundView;
import app.colloquy.testsupport.BrowserlessTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClassViewTest extends BrowserlessTest {

    @Autowired
    ClassroomService classrooms;

    @Test
    void myClassesListsTheClassesAStudentIsIn() {
        accounts.signIn("student1");
        UI.getCurrent().navigate("");

        _get(MyClassesView.class);
        _get(RouterLink.class, spec -> spec.withText("Demo class"));
    }

    @Test
    void anEnrolledStudentSeesTheClassReadingAndItsLessons() {
        accounts.signIn("student1");
        UI.getCurrent().navigate("classes/" + demoClassId());

        _get(H1.class, spec -> spec.withText("Demo class"));
        assertThat(_find(Anchor.class))
                .filteredOn(a -> a.getHref().matches("classes/\\d+/lessons/\\d+"))
                .extracting(Anchor::getText)
                .contains(
                        "Examining the Initial Interactions: President Trump Putin Meeting",
                        "The Key Meetings: Syria, Ukraine and Election Interference",
                        "Impacts and Aftermath: International Relations, US Foreign Policy");
    }

    @Test
    void aStudentCannotOpenAClassTheyAreNotEnrolledIn() {
        long demoClass = demoClassId();
        Account stranger = accounts.create("stranger");
        accounts.signIn(stranger);

        UI.getCurrent().navigate("classes/" + demoClass);

        _get(NotFoundView.class);
        _assertNone(H1.class, spec -> spec.withText("Demo class"));
        _assertNone(Anchor.class, spec -> spec.withText("The Key Meetings: Syria, Ukraine and Election Interference"));
    }

    @Test
    void anUnknownClassIdShowsTheNotFoundPage() {
        accounts.signIn("student1");

        UI.getCurrent().navigate("classes/987654321");

        _get(NotFoundView.class);
    }

    private long demoClassId() {
        return accounts.as(
                "teacher",
                () -> classrooms.myClasses().stream()
                        .filter(c -> c.name().equals("Demo class"))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    @Test
    void teachersSeeTheJoinCodeOnTheClassPageAndCanProjectItStudentsDoNot() {
        accounts.signIn("teacher");
        long classId = demoClassId();
        UI.getCurrent().navigate("classes/" + classId);
        String code = classrooms.joinSettings(classId).joinCode();
        assertThat(_get(Span.class, spec -> spec.withClasses("join-code-inline"))
                        .getText())
                .isEqualTo(code);
        LocatorJ._click(_get(Button.class, spec -> spec.withText("Show on the projector")));
        Dialog projector = _get(Dialog.class);
        assertThat(_get(projector, Span.class, spec -> spec.withClasses("projected"))
                        .getText())
                .isEqualTo(code);

        accounts.signIn("student1");
        UI.getCurrent().navigate("classes/" + classId);
        assertThat(_find(Span.class, spec -> spec.withClasses("join-code-inline")))
                .isEmpty();
    }
}
