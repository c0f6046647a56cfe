package app.colloquy.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.testsupport.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

/** A new teacher's home page says what to do next, and stops once everything is done. */
class GettingStartedViewTest extends BrowserlessTest {

    @Test
    void aNewTeacherIsLedFromCreatingAClassToSharingItsCode() {
        Account teacher = accounts.createTeacher("new");
        accounts.signIn(teacher);
        openHome();
        OrderedList steps = _get(OrderedList.class, spec -> spec.withAttribute("aria-label", "Getting started"));
        assertThat(_find(steps, Span.class)).extracting(Span::getText).contains("Create a class");
        assertThat(_find(steps, Anchor.class))
                .extracting(Anchor::getText)
                .contains("Import a reading: paste it, or upload a PDF, Word file or web page");

        long classId = accounts.createClass(teacher, "Period 1");
        testReadings.lessonIn(classId, teacher).assign();
        openHome();
        steps = _get(OrderedList.class, spec -> spec.withAttribute("aria-label", "Getting started"));
        assertThat(_find(steps, Span.class))
                .extracting(Span::getText)
                .contains("Done: Create a class", "Done: Assign the reading to your class");
        assertThat(_find(steps, Anchor.class)).extracting(Anchor::getHref).containsExactly("classes/" + classId);

        accounts.join(classId, teacher, accounts.create("first"));
        openHome();
        assertThat(_find(OrderedList.class, spec -> spec.withAttribute("aria-label", "Getting started")))
                .as("every step done: the checklist is gone")
                .isEmpty();
    }

    @Test
    void studentsHaveNoChecklist() {
        accounts.signIn(accounts.create("student"));
        openHome();
        assertThat(_find(OrderedList.class, spec -> spec.withAttribute("aria-label", "Getting started")))
                .isEmpty();
    }

    /** The home page built afresh, as on arriving there again. */
    private static void openHome() {
        UI.getCurrent().navigate("account");
        UI.getCurrent().navigate("");
    }
}
