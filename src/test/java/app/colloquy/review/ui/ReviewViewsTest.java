package app.colloquy.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.ModerationService;
import app.colloquy.discussion.ModerationTarget;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Visibility;
import app.colloquy.reading.ReadingService;
import app.colloquy.review.LessonReview;
import app.colloquy.review.ParticipationRow;
import app.colloquy.testsupport.BrowserlessTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review screens as real views without a browser: flagged items handled there, and students kept out. */
class ReviewViewsTest extends BrowserlessTest {

    @Autowired
    ReadingService readings;

    @Autowired
    DiscussionService discussion;

    @Autowired
    ModerationService moderation;

    @Autowired
    AnswerService answers;

    Account teacher;
    Account ana;
    Account ben;
    long classId;
    long lessonId;
    long note;

    @BeforeEach
    void aFlaggedNote() {
        teacher = accounts.createTeacher("teacher");
        ana = accounts.create("ana");
        ben = accounts.create("ben");
        classId = accounts.createClass(teacher, "Views class", ana, ben);
        lessonId = testReadings
                .lessonIn(classId, teacher)
                .text("Rivers carry water to the sea.")
                .prompts("Where does it go?")
                .assign()
                .lessonId();
        note = accounts.as(ana, () -> {
            Selection words = discussion.select(classId, lessonId, 1, 0, 6, "Rivers");
            return discussion.annotate(
                    classId,
                    lessonId,
                    new NewAnnotation(
                            words.textVersion(),
                            words.start(),
                            words.end(),
                            words.quote(),
                            "Something off topic.",
                            null,
                            Visibility.CLASS));
        });
        accounts.as(ben, () -> {
            moderation.flag(ModerationTarget.note(note), "Off topic.");
            return null;
        });
    }

    @Test
    void aTeacherHidesAFlaggedNoteFromTheReviewAndItLeavesTheList() {
        accounts.signIn(teacher);
        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lessonId + "/review");
        assertThat(_get(H3.class, spec -> spec.withText("Flagged (1)")).isVisible())
                .isTrue();
        _click(_get(Button.class, spec -> spec.withText("Hide from classmates")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Hide")));
        TextArea reason = _get(dialog, TextArea.class, spec -> spec.withLabel("Reason"));
        assertThat(reason.isInvalid()).as("a reason is needed").isTrue();
        reason.setValue("Keep notes on the text.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Hide")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(H3.class, spec -> spec.withText("Flagged (1)"))).isEmpty();
        assertThat(moderation.openFlags(classId, lessonId)).isEmpty();
        assertThat(accounts.as(ben, () -> discussion.discussion(classId, lessonId))
                        .threads()
                        .getFirst()
                        .root()
                        .hidden())
                .isTrue();
    }

    @Test
    void choosingAStudentShowsTheirNotesAndTheirAnswers() {
        long promptId = accounts.as(ana, () -> answers.lessonPrompts(classId, lessonId))
                .getFirst()
                .promptId();
        accounts.as(ana, () -> answers.submit(classId, promptId, "To the sea, says Ana."));
        accounts.signIn(teacher);
        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lessonId + "/review");
        @SuppressWarnings("unchecked")
        Select<LessonReview.Person> student = _get(Select.class, spec -> spec.withLabel("Student"));
        student.setValue(student.getListDataView()
                .getItems()
                .filter(p -> p.accountId() == ben.id())
                .findFirst()
                .orElseThrow());
        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains("Answers by " + ben.displayName(), "Threads by latest activity (0)");
        student.setValue(student.getListDataView()
                .getItems()
                .filter(p -> p.accountId() == ana.id())
                .findFirst()
                .orElseThrow());
        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains("Answers by " + ana.displayName(), "Threads by latest activity (1)");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("To the sea, says Ana.");
    }

    @Test
    void studentsGetNotFoundForTheReviewScreens() {
        accounts.signIn(ben);
        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lessonId + "/review");
        assertThat(_find(H3.class, spec -> spec.withText("Flagged (1)"))).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).noneMatch(text -> text.startsWith("Review"));
    }

    @Test
    void theParticipationTableListsEveryStudent() {
        accounts.signIn(teacher);
        long assignmentId = readings.assignmentsForClass(classId).getFirst().assignmentId();
        UI.getCurrent().navigate("classes/" + classId + "/assignments/" + assignmentId + "/participation");
        @SuppressWarnings("unchecked")
        Grid<ParticipationRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).displayName()).isEqualTo(ana.displayName());
        assertThat(GridKt._get(grid, 0).annotations()).isEqualTo(1);
    }
}
