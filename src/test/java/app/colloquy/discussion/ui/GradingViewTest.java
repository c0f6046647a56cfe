package app.colloquy.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.FeedbackService;
import app.colloquy.discussion.Rubric;
import app.colloquy.platform.ui.NotFoundView;
import app.colloquy.testsupport.BrowserlessTest;
import app.colloquy.testsupport.TestReadings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The grading view without a browser: a refused score keeps the comment, and only the class's teachers get in. */
class GradingViewTest extends BrowserlessTest {

    @Autowired
    AnswerService answers;

    @Autowired
    FeedbackService feedback;

    Account teacher;
    Account ana;
    Account ben;
    long classId;
    long promptId;

    @BeforeEach
    void twoAnswers() {
        teacher = accounts.createTeacher("teacher");
        ana = accounts.create("ana");
        ben = accounts.create("ben");
        classId = accounts.createClass(teacher, "Grading", ana, ben);
        TestReadings.AssignedLesson lesson = testReadings
                .lessonIn(classId, teacher)
                .prompts("Where does it go?")
                .assign();
        promptId = lesson.promptId(0);
        accounts.as(ana, () -> answers.submit(classId, promptId, "To the sea."));
        accounts.as(ben, () -> answers.submit(classId, promptId, "Into the clouds."));
        accounts.as(teacher, () -> {
            answers.setMaxScore(classId, promptId, 5);
            return null;
        });
    }

    @Test
    void aScoreOverTheMaximumIsRefusedOnTheFieldAndTheCommentStays() {
        accounts.signIn(teacher);
        UI.getCurrent().navigate(GradingView.path(classId, promptId));
        TextArea comment = _get(TextArea.class, spec -> spec.withLabel("Comment for " + ana.displayName()));
        comment.setValue("Which sea?");
        IntegerField score = _get(IntegerField.class, spec -> spec.withLabel("Score (of 5)"));
        score.setValue(6);
        _click(_get(Button.class, spec -> spec.withText("Save and next")));

        assertThat(score.isInvalid()).isTrue();
        assertThat(score.getErrorMessage()).isEqualTo("Give a score from 0 to 5.");
        assertThat(comment.getValue()).isEqualTo("Which sea?");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("grading-progress"))
                        .getText())
                .startsWith("Answer 1 of 2.");

        score.setValue(4);
        _click(_get(Button.class, spec -> spec.withText("Save and next")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Comment for " + ben.displayName()))
                        .getValue())
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Previous answer")));
        assertThat(comment.getValue()).as("saved, shown again").isEqualTo("Which sea?");
    }

    @Test
    void aRubricWrittenOnThePageScoresAnswersByTheLevelsPicked() {
        accounts.signIn(teacher);
        UI.getCurrent().navigate(GradingView.path(classId, promptId));
        TextArea rubric = _get(TextArea.class, spec -> spec.withLabel("Rubric, one criterion per line"));
        rubric.setValue("Evidence: 2 Strong, 0 None\nClarity");
        _click(_get(Button.class, spec -> spec.withText("Save rubric")));
        assertThat(rubric.isInvalid()).isTrue();
        assertThat(rubric.getErrorMessage()).startsWith("Line 2:");

        rubric.setValue("Evidence: 2 Strong, 0 None\nClarity: 1 Clear, 0 Unclear");
        _click(_get(Button.class, spec -> spec.withText("Save rubric")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Rubric.Level> evidence = _get(RadioButtonGroup.class, spec -> spec.withLabel("Evidence"));
        evidence.setValue(new Rubric.Level(2, "Strong"));
        _click(_get(Button.class, spec -> spec.withText("Save and next")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Rubric.Level> clarity = _get(RadioButtonGroup.class, spec -> spec.withLabel("Clarity"));
        assertThat(clarity.getErrorMessage()).isEqualTo("Choose a level for Clarity.");

        clarity.setValue(new Rubric.Level(1, "Clear"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("rubric-total"))
                        .getText())
                .isEqualTo("Score: 3 of 3");
        _click(_get(Button.class, spec -> spec.withText("Save and next")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("grading-progress"))
                        .getText())
                .startsWith("Answer 2 of 2.");
    }

    @Test
    void aStudentOrAnotherTeacherFindsNothingThere() {
        accounts.signIn(ana);
        UI.getCurrent().navigate(GradingView.path(classId, promptId));
        _get(NotFoundView.class);

        accounts.signIn(accounts.createTeacher("stranger"));
        UI.getCurrent().navigate(GradingView.path(classId, promptId));
        _get(NotFoundView.class);
    }
}
