package app.colloquy.discussion;

import static app.colloquy.testsupport.ClassCallersMatrix.Caller.FORMER_MEMBER;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.STUDENT;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.STUDENT_ELSEWHERE;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.TEACHER_ELSEWHERE;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.TEACHER_OF_CLASS;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.testsupport.ClassCallersMatrix;
import app.colloquy.testsupport.ClassCallersMatrix.Caller;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.StoredIds;
import app.colloquy.testsupport.TestReadings;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public operation on prompt answers, tried by every kind of caller. The lesson's reading is
 * also assigned in another class, whose teacher and student must still be refused here.
 */
@IntegrationTest
class AnswerAccessMatrixTest extends ClassCallersMatrix<AnswerAccessMatrixTest.Fixture> {

    record Fixture(
            long classId,
            long lessonId,
            long promptId,
            long otherStudentId,
            long classmatesAnswerId,
            long studentsHighlightId,
            long ownersKeptCommentId) {}

    @Autowired
    AnswerService answers;

    @Autowired
    FeedbackService feedback;

    @Autowired
    TestReadings testReadings;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    DiscussionFixtures fixtures;

    @Autowired
    StoredIds ids;

    Account classmate;

    @BeforeAll
    void createClassmate() {
        classmate = accounts.create("classmate");
    }

    Stream<Operation<Caller, Fixture>> operations() {
        Set<Caller> members = EnumSet.of(STUDENT, TEACHER_OF_CLASS);
        Set<Caller> teacher = EnumSet.of(TEACHER_OF_CLASS);
        Set<Caller> teacherAccounts = EnumSet.of(TEACHER_OF_CLASS, TEACHER_ELSEWHERE);
        return Stream.of(
                new Operation<>("lessonPrompts", members, f -> answers.lessonPrompts(f.classId(), f.lessonId())),
                new Operation<>("saveDraft", members, f -> answers.saveDraft(f.classId(), f.promptId(), "Draft", 0)),
                new Operation<>("submit", members, f -> answers.submit(f.classId(), f.promptId(), "Answer")),
                new Operation<>("studentAnswers", teacher, f -> answers.studentAnswers(f.classId(), f.promptId())),
                new Operation<>("draftProgress", teacher, f -> answers.draftProgress(f.classId(), f.promptId())),
                new Operation<>(
                        "setPromptState",
                        teacher,
                        f -> run(() -> answers.setPromptState(f.classId(), f.promptId(), true, false))),
                new Operation<>("reveal", teacher, f -> run(() -> answers.reveal(f.classId(), f.promptId()))),
                new Operation<>(
                        "setMaxScore", teacher, f -> run(() -> answers.setMaxScore(f.classId(), f.promptId(), 10))),
                new Operation<>(
                        "giveFeedback",
                        teacher,
                        f -> run(() -> feedback.giveFeedback(
                                f.classId(), f.promptId(), f.otherStudentId(), "Well argued.", null))),
                new Operation<>(
                        "holdFeedback",
                        teacher,
                        f -> run(() -> feedback.holdFeedback(
                                f.classId(), f.promptId(), f.otherStudentId(), "Held for now.", null))),
                new Operation<>("release", teacher, f -> feedback.release(f.classId(), f.promptId())),
                new Operation<>("rubric", teacher, f -> feedback.rubric(f.classId(), f.promptId())),
                new Operation<>(
                        "setRubric",
                        teacher,
                        f -> feedback.setRubric(f.classId(), f.promptId(), "Evidence: 1 Some, 0 None")),
                new Operation<>(
                        "holdRubricFeedback",
                        teacher,
                        f -> run(() -> feedback.holdRubricFeedback(
                                f.classId(), f.promptId(), f.otherStudentId(), "Held for now.", Map.of()))),
                new Operation<>("grading", teacher, f -> feedback.grading(f.classId(), f.promptId())),
                // A teacher's own comment bank, whatever class: any teacher account has one, no student does.
                new Operation<>("commentBank", teacherAccounts, f -> feedback.commentBank()),
                new Operation<>(
                        "addToCommentBank",
                        teacherAccounts,
                        f -> run(() -> feedback.addToCommentBank("Good use of the text."))),
                new Operation<>(
                        "removeFromCommentBank",
                        teacher,
                        f -> run(() -> feedback.removeFromCommentBank(f.ownersKeptCommentId()))),
                new Operation<>(
                        "setExempt",
                        teacher,
                        f -> run(() -> answers.setExempt(f.classId(), f.promptId(), f.otherStudentId(), true))),
                new Operation<>(
                        "versions", teacher, f -> answers.versions(f.classId(), f.promptId(), f.otherStudentId())),
                new Operation<>(
                        "cite",
                        EnumSet.of(STUDENT),
                        f -> run(() -> answers.cite(f.classId(), f.promptId(), f.studentsHighlightId()))),
                new Operation<>(
                        "uncite",
                        members,
                        f -> run(() -> answers.uncite(f.classId(), f.promptId(), f.studentsHighlightId()))),
                new Operation<>("reply", members, f -> answers.reply(f.classmatesAnswerId(), "A reply")),
                new Operation<>(
                        "setHelpful", members, f -> run(() -> answers.setHelpful(f.classmatesAnswerId(), true))));
    }

    @Override
    protected Fixture freshFixture() {
        Account owner = person(TEACHER_OF_CLASS);
        long classId = accounts.createClass(owner, "Answers", person(STUDENT), classmate, person(FORMER_MEMBER));
        long elsewhere = accounts.createClass(person(TEACHER_ELSEWHERE), "Elsewhere", person(STUDENT_ELSEWHERE));
        accounts.addCoTeacher(elsewhere, person(TEACHER_ELSEWHERE), owner);
        accounts.as(owner, () -> {
            classrooms.removeStudent(classId, person(FORMER_MEMBER).id());
            return null;
        });
        TestReadings.AssignedLesson assigned = testReadings
                .lessonIn(classId, owner)
                .text("Rivers carry water.")
                .prompts("Where does it go?")
                .alsoIn(elsewhere)
                .assign();
        ReadingDraft.Lesson lesson = assigned.lesson();
        long promptId = assigned.promptId(0);
        accounts.as(classmate, () -> answers.submit(classId, promptId, "The classmate's answer"));
        long answerId = ids.answer(classId, promptId, classmate.id());
        long highlight = accounts.as(
                person(STUDENT),
                () -> fixtures.annotate(
                        new DiscussionFixtures.Lesson(classId, 0, lesson.id(), owner),
                        "Rivers",
                        "",
                        Visibility.PRIVATE));
        long kept = accounts.as(owner, () -> {
            feedback.addToCommentBank("Cite the text.");
            return feedback.commentBank().stream()
                    .filter(c -> c.body().equals("Cite the text."))
                    .findFirst()
                    .orElseThrow()
                    .id();
        });
        return new Fixture(classId, lesson.id(), promptId, classmate.id(), answerId, highlight, kept);
    }
}
