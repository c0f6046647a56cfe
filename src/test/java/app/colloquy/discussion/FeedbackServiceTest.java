package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Feedback written answer by answer, held until the teacher releases it; each teacher's comment bank. */
@IntegrationTest
class FeedbackServiceTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    AnswerService answers;

    @Autowired
    ReadingService readings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestReadings testReadings;

    Account teacher;
    Account ana;
    Account ben;
    long classId;
    long lessonId;
    long promptId;

    @BeforeEach
    void promptWithTwoAnswers() {
        teacher = accounts.createTeacher("grader");
        ana = accounts.create("ana");
        ben = accounts.create("ben");
        Account silent = accounts.create("silent");
        classId = accounts.createClass(teacher, "Feedback", ana, ben, silent);
        TestReadings.AssignedLesson lesson = testReadings
                .lessonIn(classId, teacher)
                .prompts("Where does the water go?")
                .assign();
        lessonId = lesson.lessonId();
        promptId = lesson.promptId(0);
        accounts.as(ana, () -> answers.submit(classId, promptId, "To the sea."));
        accounts.as(ben, () -> answers.submit(classId, promptId, "Up into clouds."));
        accounts.as(teacher, () -> {
            answers.setMaxScore(classId, promptId, 10);
            return null;
        });
    }

    @Test
    void heldFeedbackReachesStudentsOnlyWhenReleasedAndAllAtOnce() {
        accounts.as(teacher, () -> {
            feedback.holdFeedback(classId, promptId, ana.id(), "Name the sea.", 7);
            feedback.holdFeedback(classId, promptId, ben.id(), null, 9);
            return null;
        });
        assertThat(myFeedback(ana)).as("held").isNull();
        assertThat(accounts.as(ana, () -> readings.myWork()).getFirst().feedbackCount())
                .isZero();
        GradingQueue queue = accounts.as(teacher, () -> feedback.grading(classId, promptId));
        assertThat(queue.studentCount()).isEqualTo(3);
        assertThat(queue.answers()).extracting(StudentAnswer::displayName).hasSize(2);
        assertThat(queue.held()).isEqualTo(2);
        assertThat(queue.maxScore()).isEqualTo(10);

        assertThat(accounts.as(teacher, () -> feedback.release(classId, promptId)))
                .isEqualTo(2);

        assertThat(myFeedback(ana)).satisfies(f -> {
            assertThat(f.comment()).isEqualTo("Name the sea.");
            assertThat(f.score()).isEqualTo(7);
        });
        assertThat(myFeedback(ben).score()).isEqualTo(9);
        assertThat(accounts.as(ana, () -> readings.myWork()).getFirst().feedbackCount())
                .isEqualTo(1);
        assertThat(accounts.as(teacher, () -> feedback.grading(classId, promptId))
                        .held())
                .isZero();
    }

    @Test
    void feedbackFromThePromptPanelIsSeenAtOnce() {
        accounts.as(teacher, () -> {
            feedback.giveFeedback(classId, promptId, ana.id(), "Good.", null);
            return null;
        });
        assertThat(myFeedback(ana).comment()).isEqualTo("Good.");
    }

    @Test
    void badFeedbackIsRefusedWithAMessageAndNothingIsSaved() {
        assertThatThrownBy(() -> accounts.as(teacher, () -> {
                    feedback.holdFeedback(classId, promptId, ana.id(), " ", null);
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Write a comment or give a score.");
        assertThatThrownBy(() -> accounts.as(teacher, () -> {
                    feedback.holdFeedback(classId, promptId, ana.id(), "Fine.", 11);
                    return null;
                }))
                .hasMessage("Give a score from 0 to 10.");
        assertThat(accounts.as(teacher, () -> feedback.grading(classId, promptId))
                        .held())
                .isZero();
    }

    @Test
    void aRubricsLevelsAddUpToTheScoreAndSetTheMaximum() {
        Rubric rubric = accounts.as(
                teacher,
                () -> feedback.setRubric(
                        classId, promptId, "Evidence: 2 Strong, 1 Some, 0 None\nClarity: 1 Clear, 0 Unclear"));
        assertThat(accounts.as(teacher, () -> feedback.grading(classId, promptId))
                        .maxScore())
                .isEqualTo(3);
        long evidence = rubric.criteria().get(0).id();
        long clarity = rubric.criteria().get(1).id();

        assertThatThrownBy(() -> accounts.as(teacher, () -> {
                    feedback.holdRubricFeedback(classId, promptId, ana.id(), "Good.", Map.of(evidence, 2));
                    return null;
                }))
                .hasMessage("Choose a level for Clarity.");
        assertThatThrownBy(() -> accounts.as(teacher, () -> {
                    feedback.holdRubricFeedback(classId, promptId, ana.id(), "Good.", Map.of(evidence, 5, clarity, 1));
                    return null;
                }))
                .hasMessage("Choose a level for Evidence.");
        accounts.as(teacher, () -> {
            feedback.holdRubricFeedback(classId, promptId, ana.id(), "Good.", Map.of(evidence, 2, clarity, 0));
            return feedback.release(classId, promptId);
        });

        assertThat(myFeedback(ana).score()).isEqualTo(2);
        assertThat(myFeedback(ana).rubric()).containsExactly("Evidence: Strong (2 of 2)", "Clarity: Unclear (0 of 1)");
        assertThat(accounts.as(teacher, () -> feedback.grading(classId, promptId))
                        .marksByStudent()
                        .get(ana.id()))
                .containsEntry(evidence, 2)
                .containsEntry(clarity, 0);
    }

    @Test
    void eachTeacherKeepsTheirOwnCommentsOnceEach() {
        Account other = accounts.createTeacher("other");
        accounts.as(teacher, () -> {
            feedback.addToCommentBank("Cite the text.");
            feedback.addToCommentBank("  Cite the text.  ");
            feedback.addToCommentBank("Explain why.");
            return null;
        });
        assertThat(accounts.as(teacher, () -> feedback.commentBank()))
                .extracting(CommentBankEntry::body)
                .containsExactly("Cite the text.", "Explain why.");
        assertThat(accounts.as(other, () -> feedback.commentBank())).isEmpty();
        long first =
                accounts.as(teacher, () -> feedback.commentBank()).getFirst().id();
        assertThatThrownBy(() -> accounts.as(other, () -> {
                    feedback.removeFromCommentBank(first);
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
        accounts.as(teacher, () -> {
            feedback.removeFromCommentBank(first);
            return null;
        });
        assertThat(accounts.as(teacher, () -> feedback.commentBank()))
                .extracting(CommentBankEntry::body)
                .containsExactly("Explain why.");
        assertThatThrownBy(() -> accounts.as(teacher, () -> {
                    feedback.addToCommentBank("");
                    return null;
                }))
                .hasMessage("Write the comment to keep.");
    }

    private PromptAnswers.Feedback myFeedback(Account student) {
        return accounts.as(student, () -> answers.lessonPrompts(classId, lessonId))
                .getFirst()
                .mine()
                .feedback();
    }
}
