package app.colloquy.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.ui.NotFoundView;
import app.colloquy.reading.ClassAssignment;
import app.colloquy.reading.ReadingService;
import app.colloquy.reading.ui.ReadingPane;
import app.colloquy.testsupport.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LessonViewTest extends BrowserlessTest {

    static final String KEY_MEETINGS = "The Key Meetings: Syria, Ukraine and Election Interference";

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ReadingService readings;

    @Test
    void aStudentReadsTheLessonTextAndItsPrompts() {
        accounts.signIn("student1");
        long classId = demoClassId();
        ClassAssignment.LessonLink lesson = lesson(classId, KEY_MEETINGS);

        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lesson.lessonId());
        String sent = sentToBrowser();

        _get(H1.class, spec -> spec.withText(KEY_MEETINGS));
        String text = _get(ReadingPane.class).getElement().getProperty("text");
        assertThat(text)
                .startsWith("Several key meetings and phone conversations")
                .contains("\n\nPresident Trump and Putin also held");
        // The prompts are drawn in the browser from the data the page sends, one after the other.
        assertThat(sent)
                .containsSubsequence(
                        "\\\"number\\\":1,\\\"question\\\":\\\"At the Helsinki press conference",
                        "\\\"number\\\":2,",
                        "\\\"number\\\":3,");
        assertThat(sent).doesNotContain("\\\"number\\\":4,");
    }

    @Test
    void allLessonsListsTheReadingsLessonsWithThisOneMarkedOnceOpened() {
        accounts.signIn("student1");
        long classId = demoClassId();
        UI.getCurrent()
                .navigate("classes/" + classId + "/lessons/"
                        + lesson(classId, KEY_MEETINGS).lessonId());
        Details allLessons = _find(Details.class).stream()
                .filter(details -> "All lessons".equals(details.getSummaryText()))
                .findFirst()
                .orElseThrow();

        allLessons.setOpened(true);

        List<Anchor> links = _find(allLessons, Anchor.class);
        assertThat(links)
                .extracting(Anchor::getText)
                .containsExactly(
                        "Examining the Initial Interactions: President Trump Putin Meeting",
                        KEY_MEETINGS,
                        "Impacts and Aftermath: International Relations, US Foreign Policy");
        assertThat(links)
                .filteredOn(link -> "page".equals(link.getElement().getAttribute("aria-current")))
                .extracting(Anchor::getText)
                .containsExactly(KEY_MEETINGS);
        allLessons.setOpened(false);
        allLessons.setOpened(true);
        assertThat(_find(allLessons, Anchor.class)).hasSize(3);
    }

    @Test
    void aLessonIdFromAClassTheStudentIsNotInShowsNotFound() {
        accounts.signIn("student1");
        long classId = demoClassId();
        long lessonId = lesson(classId, KEY_MEETINGS).lessonId();
        Account stranger = accounts.createTeacher("stranger");
        long strangersClass = accounts.as(
                stranger, () -> classrooms.createClassroom("Elsewhere", null).id());

        UI.getCurrent().navigate("classes/" + strangersClass + "/lessons/" + lessonId);

        _get(NotFoundView.class);
        assertThat(_find(ReadingPane.class)).isEmpty();
    }

    private long demoClassId() {
        return classrooms.myClasses().stream()
                .filter(c -> c.name().equals("Demo class"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private ClassAssignment.LessonLink lesson(long classId, String title) {
        return readings.assignmentsForClass(classId).getFirst().lessons().stream()
                .filter(l -> l.title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
