package app.colloquy.reading.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.platform.ui.NotFoundView;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LibraryViewsTest extends BrowserlessTest {

    @Autowired
    LibraryService library;

    @Autowired
    ReadingService readings;

    @Test
    void proposingLessonsFromEmptyTextSaysWhatToDoAndKeepsThePage() {
        accounts.signIn(accounts.createTeacher("teacher"));
        UI.getCurrent().navigate("library/import");

        _click(_get(Button.class, spec -> spec.withText("Propose lessons")));

        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Article text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).contains("Paste the article");
    }

    @Test
    void aPastedArticleIsProposedAsOneLessonPerSectionAndImported() {
        accounts.signIn(accounts.createTeacher("teacher"));
        UI.getCurrent().navigate("library/import");
        _get(TextArea.class, spec -> spec.withLabel("Article text")).setValue("""
                The Bill of Rights

                The first ten amendments protect individual liberties.

                Freedom of Speech

                Congress shall make no law abridging the freedom of speech.

                Due Process

                No person shall be deprived of life, liberty, or property without due process of law.
                """);
        _click(_get(Button.class, spec -> spec.withText("Propose lessons")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Reading title"))
                        .getValue())
                .isEqualTo("The Bill of Rights");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Lesson 2 title"))
                        .getValue())
                .isEqualTo("Due Process");
        _get(TextField.class, spec -> spec.withLabel("Lesson 2 title")).setValue("The Fifth Amendment");
        _click(_get(Button.class, spec -> spec.withText("Import 2 lessons")));

        _get(H1.class, spec -> spec.withText("The Bill of Rights"));
        assertThat(library.myReadings().getFirst().lessonCount()).isEqualTo(2);
        assertThat(library.readingForEditing(library.myReadings().getFirst().id())
                        .lessons()
                        .get(1)
                        .title())
                .isEqualTo("The Fifth Amendment");
    }

    @Test
    void aLongArticleIsGroupedIntoLessonsOfAboutTheMinutesAsked() throws Exception {
        accounts.signIn(accounts.createTeacher("teacher"));
        UI.getCurrent().navigate("library/import");
        String article;
        try (InputStream in =
                getClass().getResourceAsStream("/corpus/end-of-the-cold-war-1981-1992.colon-headings.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        _get(TextArea.class, spec -> spec.withLabel("Article text")).setValue(article);
        _click(_get(Button.class, spec -> spec.withText("Propose lessons")));
        int proposed = lessonCount();
        IntegerField minutes = _get(IntegerField.class, spec -> spec.withLabel("Minutes of reading per lesson"));

        _click(_get(Button.class, spec -> spec.withText("Group lessons")));
        assertThat(minutes.isInvalid()).as("no number given").isTrue();
        assertThat(lessonCount()).isEqualTo(proposed);

        minutes.setValue(8);
        _click(_get(Button.class, spec -> spec.withText("Group lessons")));

        assertThat(lessonCount()).as("from %s sections", proposed).isBetween(3, proposed - 1);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Minutes of reading per lesson"))
                        .getValue())
                .as("the length asked for stays in view")
                .isEqualTo(8);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("lesson-size")))
                .extracting(Paragraph::getText)
                .filteredOn(text -> text.contains("min of reading"))
                .hasSize(lessonCount())
                .allSatisfy(text -> assertThat(minutesIn(text)).isBetween(4, 14));
    }

    @Test
    void lessonsSplitAtTheirSubheadingsInOneStep() {
        accounts.signIn(accounts.createTeacher("teacher"));
        UI.getCurrent().navigate("library/import");
        _get(TextArea.class, spec -> spec.withLabel("Article text")).setValue("""
                # Water

                ## The cycle

                Rivers carry water to the sea.

                ### Evaporation

                The sun lifts it into the air.

                ### Rain

                It falls again on the hills.

                ## Uses

                People drink it and grow food with it.
                """);
        _click(_get(Button.class, spec -> spec.withText("Propose lessons")));
        assertThat(lessonCount()).isEqualTo(2);

        _click(_get(Button.class, spec -> spec.withText("Split at subheadings")));

        assertThat(lessonCount()).isEqualTo(4);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Lesson 2 title"))
                        .getValue())
                .isEqualTo("Evaporation");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Lesson 4 title"))
                        .getValue())
                .isEqualTo("Uses");
    }

    private static int lessonCount() {
        String label = _get(_get(Div.class, spec -> spec.withClasses("import-bar")), Button.class)
                .getText();
        return Integer.parseInt(label.replaceAll("[^0-9]", ""));
    }

    private static int minutesIn(String size) {
        String after = size.substring(size.indexOf("about ") + "about ".length());
        return Integer.parseInt(after.substring(0, after.indexOf(' ')));
    }

    @Test
    void someoneWhoMayNotEditAReadingGetsNotFound() {
        Account owner = accounts.createTeacher("owner");
        long readingId = accounts.as(
                owner,
                () -> library.importReading(new NewReading(
                        "Private draft", null, "", List.of(new NewReading.NewLesson("Lesson", "Text.", List.of())))));
        accounts.signIn(accounts.createTeacher("curious"));

        UI.getCurrent().navigate("library/readings/" + readingId);

        _get(NotFoundView.class);
        assertThat(_find(H1.class, spec -> spec.withText("Private draft"))).isEmpty();
    }

    @Test
    void myWorkListsAStudentsAssignmentsWithTheirStatus() {
        Account teacher = accounts.createTeacher("teacher");
        Account student = accounts.create("student");
        long classId = accounts.createClass(teacher, "Civics, period 4", student);
        long readingId = accounts.as(
                teacher,
                () -> library.importReading(new NewReading(
                        "Marbury v. Madison",
                        null,
                        "",
                        List.of(new NewReading.NewLesson("The question", "Is it the duty of the court?", List.of())))));
        accounts.as(teacher, () -> readings.assign(classId, readingId, null, null));
        accounts.signIn(student);

        UI.getCurrent().navigate("work");

        assertThat(_get(Anchor.class, spec -> spec.withText("Marbury v. Madison"))
                        .getHref())
                .startsWith("classes/" + classId + "/lessons/");
        assertThat(_find(Span.class))
                .extracting(Span::getText)
                .contains("Civics, period 4", "Not started", "No due date");
    }
}
