package app.colloquy.discussion;

import static app.colloquy.discussion.ModerationAccessMatrixTest.Actor.ADMIN;
import static app.colloquy.discussion.ModerationAccessMatrixTest.Actor.ANONYMOUS;
import static app.colloquy.discussion.ModerationAccessMatrixTest.Actor.FORMER_MEMBER;
import static app.colloquy.discussion.ModerationAccessMatrixTest.Actor.STUDENT;
import static app.colloquy.discussion.ModerationAccessMatrixTest.Actor.STUDENT_ELSEWHERE;
import static app.colloquy.discussion.ModerationAccessMatrixTest.Actor.TEACHER_ELSEWHERE;
import static app.colloquy.discussion.ModerationAccessMatrixTest.Actor.TEACHER_OF_CLASS;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.testsupport.AccessMatrixTestCase;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every moderation operation by every kind of caller. The lesson is also assigned in another
 * class, whose teacher and student must still be refused here.
 */
@IntegrationTest
class ModerationAccessMatrixTest extends AccessMatrixTestCase<ModerationAccessMatrixTest.Actor, ModerationAccessMatrixTest.Fixture> {

    enum Actor {
        ANONYMOUS, STUDENT, STUDENT_ELSEWHERE, FORMER_MEMBER, TEACHER_OF_CLASS, TEACHER_ELSEWHERE, ADMIN
    }

    record Fixture(long classId, long lessonId, long classmatesNote, long hiddenNote) {
    }

    @Autowired
    ModerationService moderation;
    @Autowired
    DiscussionFixtures fixtures;
    @Autowired
    ClassroomService classrooms;
    @Autowired
    TestAccounts accounts;
    Map<Actor, Account> people = new EnumMap<>(Actor.class);
    Account classmate;

    @BeforeAll
    void createPeople() {
        people.put(STUDENT, accounts.create("student"));
        people.put(STUDENT_ELSEWHERE, accounts.create("elsewhere"));
        people.put(FORMER_MEMBER, accounts.create("former"));
        people.put(TEACHER_OF_CLASS, accounts.createTeacher("teacher"));
        people.put(TEACHER_ELSEWHERE, accounts.createTeacher("other-teacher"));
        people.put(ADMIN, accounts.createAdmin("admin"));
        classmate = accounts.create("classmate");
    }

    Stream<Operation<Actor, Fixture>> operations() {
        // Co-teachers may flag for each other, as students do for their teachers.
        Set<Actor> members = EnumSet.of(STUDENT, TEACHER_OF_CLASS);
        Set<Actor> teacher = EnumSet.of(TEACHER_OF_CLASS);
        return Stream.of(
                new Operation<>("flag", members, f -> run(() -> moderation.flag(ModerationTarget.note(f.classmatesNote()), "Unkind"))),
                new Operation<>("hide", teacher, f -> run(() -> moderation.hide(ModerationTarget.note(f.classmatesNote()), "Unkind"))),
                new Operation<>("unhide", teacher, f -> run(() -> moderation.unhide(ModerationTarget.note(f.hiddenNote()), "Fine"))),
                new Operation<>("keep", teacher, f -> run(() -> moderation.keep(ModerationTarget.note(f.classmatesNote()), "Fine"))),
                new Operation<>("log", teacher, f -> moderation.log(f.classId())),
                new Operation<>("openFlags", teacher, f -> moderation.openFlags(f.classId(), f.lessonId())));
    }

    @Override
    protected Actor[] callers() {
        return Actor.values();
    }

    @Override
    protected Fixture freshFixture() {
        Account owner = people.get(TEACHER_OF_CLASS);
        DiscussionFixtures.Lesson lesson = fixtures.assignedLesson(owner, people.get(STUDENT), classmate, people.get(FORMER_MEMBER));
        fixtures.alsoAssignElsewhere(lesson, people.get(TEACHER_ELSEWHERE), people.get(STUDENT_ELSEWHERE));
        long note = accounts.as(classmate, () -> fixtures.annotate(lesson, "Rivers", "A note.", Visibility.CLASS));
        long hidden = accounts.as(classmate, () -> fixtures.annotate(lesson, "the sea", "Another.", Visibility.CLASS));
        accounts.as(owner, () -> {
            moderation.hide(ModerationTarget.note(hidden), "Off topic");
            classrooms.removeStudent(lesson.classId(), people.get(FORMER_MEMBER).id());
            return null;
        });
        return new Fixture(lesson.classId(), lesson.lessonId(), note, hidden);
    }

    @Override
    protected Object callAs(Actor caller, Fixture fixture, Supplier<Object> call) {
        return caller == ANONYMOUS ? accounts.anonymously(call) : accounts.as(people.get(caller), call);
    }
}
