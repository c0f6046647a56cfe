package app.colloquy.discussion;

import static app.colloquy.testsupport.ClassCallersMatrix.Caller.FORMER_MEMBER;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.STUDENT;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.STUDENT_ELSEWHERE;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.TEACHER_ELSEWHERE;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.TEACHER_OF_CLASS;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.testsupport.ClassCallersMatrix;
import app.colloquy.testsupport.ClassCallersMatrix.Caller;
import app.colloquy.testsupport.IntegrationTest;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every moderation operation by every kind of caller. The lesson is also assigned in another
 * class, whose teacher and student must still be refused here.
 */
@IntegrationTest
class ModerationAccessMatrixTest extends ClassCallersMatrix<ModerationAccessMatrixTest.Fixture> {

    record Fixture(
            long classId, long lessonId, long classmatesNote, long hiddenNote, long privateNote, long deletedNote) {}

    @Autowired
    ModerationService moderation;

    @Autowired
    DiscussionFixtures fixtures;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    DiscussionService discussions;

    Account classmate;

    @BeforeAll
    void createClassmate() {
        classmate = accounts.create("classmate");
    }

    Stream<Operation<Caller, Fixture>> operations() {
        // Students flag for their teachers; teachers hide instead (Permissions.mayFlag).
        Set<Caller> members = EnumSet.of(STUDENT);
        Set<Caller> teacher = EnumSet.of(TEACHER_OF_CLASS);
        Set<Caller> nobody = EnumSet.noneOf(Caller.class);
        return Stream.of(
                new Operation<>(
                        "flag",
                        members,
                        f -> run(() -> moderation.flag(ModerationTarget.note(f.classmatesNote()), "Unkind"))),
                new Operation<>(
                        "hide",
                        teacher,
                        f -> run(() -> moderation.hide(ModerationTarget.note(f.classmatesNote()), "Unkind"))),
                new Operation<>(
                        "unhide",
                        teacher,
                        f -> run(() -> moderation.unhide(ModerationTarget.note(f.hiddenNote()), "Fine"))),
                new Operation<>(
                        "keep",
                        teacher,
                        f -> run(() -> moderation.keep(ModerationTarget.note(f.classmatesNote()), "Fine"))),
                // Nobody sees a classmate's private note or a deleted one, so nobody may act on it.
                new Operation<>(
                        "hide a private note",
                        nobody,
                        f -> run(() -> moderation.hide(ModerationTarget.note(f.privateNote()), "Unkind"))),
                new Operation<>(
                        "keep a private note",
                        nobody,
                        f -> run(() -> moderation.keep(ModerationTarget.note(f.privateNote()), "Fine"))),
                new Operation<>(
                        "flag a private note",
                        nobody,
                        f -> run(() -> moderation.flag(ModerationTarget.note(f.privateNote()), "Unkind"))),
                new Operation<>(
                        "hide a deleted note",
                        nobody,
                        f -> run(() -> moderation.hide(ModerationTarget.note(f.deletedNote()), "Unkind"))),
                new Operation<>(
                        "keep a deleted note",
                        nobody,
                        f -> run(() -> moderation.keep(ModerationTarget.note(f.deletedNote()), "Fine"))),
                new Operation<>(
                        "flag a deleted note",
                        nobody,
                        f -> run(() -> moderation.flag(ModerationTarget.note(f.deletedNote()), "Unkind"))),
                new Operation<>("log", teacher, f -> moderation.log(f.classId())),
                new Operation<>("openFlags", teacher, f -> moderation.openFlags(f.classId(), f.lessonId())));
    }

    @Override
    protected Fixture freshFixture() {
        Account owner = person(TEACHER_OF_CLASS);
        DiscussionFixtures.Lesson lesson =
                fixtures.assignedLesson(owner, person(STUDENT), classmate, person(FORMER_MEMBER));
        fixtures.alsoAssignElsewhere(lesson, person(TEACHER_ELSEWHERE), person(STUDENT_ELSEWHERE));
        long note = accounts.as(classmate, () -> fixtures.annotate(lesson, "Rivers", "A note.", Visibility.CLASS));
        long hidden = accounts.as(classmate, () -> fixtures.annotate(lesson, "the sea", "Another.", Visibility.CLASS));
        long secret =
                accounts.as(classmate, () -> fixtures.annotate(lesson, "Rivers", "Only mine.", Visibility.PRIVATE));
        long deleted = accounts.as(classmate, () -> {
            long id = fixtures.annotate(lesson, "the sea", "Regretted.", Visibility.CLASS);
            discussions.delete(id);
            return id;
        });
        accounts.as(owner, () -> {
            moderation.hide(ModerationTarget.note(hidden), "Off topic");
            classrooms.removeStudent(lesson.classId(), person(FORMER_MEMBER).id());
            return null;
        });
        return new Fixture(lesson.classId(), lesson.lessonId(), note, hidden, secret, deleted);
    }
}
