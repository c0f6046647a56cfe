package app.colloquy.discussion;

import static app.colloquy.discussion.AnswerAccessMatrixTest.Actor.ADMIN;
import static app.colloquy.discussion.AnswerAccessMatrixTest.Actor.ANONYMOUS;
import static app.colloquy.discussion.AnswerAccessMatrixTest.Actor.FORMER_MEMBER;
import static app.colloquy.discussion.AnswerAccessMatrixTest.Actor.STUDENT;
import static app.colloquy.discussion.AnswerAccessMatrixTest.Actor.STUDENT_ELSEWHERE;
import static app.colloquy.discussion.AnswerAccessMatrixTest.Actor.TEACHER_ELSEWHERE;
import static app.colloquy.discussion.AnswerAccessMatrixTest.Actor.TEACHER_OF_CLASS;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.AccessMatrixTestCase;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public operation on prompt answers, tried by every kind of caller. The lesson's reading is
 * also assigned in another class, whose teacher and student must still be refused here.
 */
@IntegrationTest
class AnswerAccessMatrixTest extends AccessMatrixTestCase<AnswerAccessMatrixTest.Actor, AnswerAccessMatrixTest.Fixture> {

    enum Actor {
        ANONYMOUS, STUDENT, STUDENT_ELSEWHERE, FORMER_MEMBER, TEACHER_OF_CLASS, TEACHER_ELSEWHERE, ADMIN
    }

    record Fixture(long classId, long lessonId, long promptId, long otherStudentId, long classmatesAnswerId, long studentsHighlightId) {
    }

    @Autowired
    AnswerService answers;
    @Autowired
    LibraryService library;
    @Autowired
    ReadingService readings;
    @Autowired
    ClassroomService classrooms;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DiscussionFixtures fixtures;
    @Autowired
    app.colloquy.testsupport.StoredIds ids;
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
        Set<Actor> members = EnumSet.of(STUDENT, TEACHER_OF_CLASS);
        Set<Actor> teacher = EnumSet.of(TEACHER_OF_CLASS);
        return Stream.of(
                new Operation<>("lessonPrompts", members, f -> answers.lessonPrompts(f.classId(), f.lessonId())),
                new Operation<>("saveDraft", members, f -> answers.saveDraft(f.classId(), f.promptId(), "Draft", 0)),
                new Operation<>("submit", members, f -> answers.submit(f.classId(), f.promptId(), "Answer")),
                new Operation<>("studentAnswers", teacher, f -> answers.studentAnswers(f.classId(), f.promptId())),
                new Operation<>("setPromptState", teacher, f -> run(() -> answers.setPromptState(f.classId(), f.promptId(), true, false))),
                new Operation<>("reveal", teacher, f -> run(() -> answers.reveal(f.classId(), f.promptId()))),
                new Operation<>("setMaxScore", teacher, f -> run(() -> answers.setMaxScore(f.classId(), f.promptId(), 10))),
                new Operation<>("giveFeedback", teacher, f -> run(() -> answers.giveFeedback(f.classId(), f.promptId(),
                        f.otherStudentId(), "Well argued.", null))),
                new Operation<>("setExempt", teacher, f -> run(() -> answers.setExempt(f.classId(), f.promptId(), f.otherStudentId(), true))),
                new Operation<>("versions", teacher, f -> answers.versions(f.classId(), f.promptId(), f.otherStudentId())),
                new Operation<>("cite", EnumSet.of(STUDENT), f -> run(() -> answers.cite(f.classId(), f.promptId(), f.studentsHighlightId()))),
                new Operation<>("uncite", members, f -> run(() -> answers.uncite(f.classId(), f.promptId(), f.studentsHighlightId()))),
                new Operation<>("reply", members, f -> answers.reply(f.classmatesAnswerId(), "A reply")),
                new Operation<>("setHelpful", members, f -> run(() -> answers.setHelpful(f.classmatesAnswerId(), true))));
    }

    @Override
    protected Actor[] callers() {
        return Actor.values();
    }

    @Override
    protected Fixture freshFixture() {
        Account owner = people.get(TEACHER_OF_CLASS);
        long classId = accounts.createClass(owner, "Answers", people.get(STUDENT), classmate, people.get(FORMER_MEMBER));
        long elsewhere = accounts.createClass(people.get(TEACHER_ELSEWHERE), "Elsewhere", people.get(STUDENT_ELSEWHERE));
        accounts.addCoTeacher(elsewhere, people.get(TEACHER_ELSEWHERE), owner);
        ReadingDraft.Lesson lesson = accounts.as(owner, () -> {
            classrooms.removeStudent(classId, people.get(FORMER_MEMBER).id());
            long readingId = library.importReading(new NewReading("Water", null, "",
                    List.of(new NewReading.NewLesson("Cycle", "Rivers carry water.", List.of("Where does it go?")))));
            readings.assign(classId, readingId, null, null);
            readings.assign(elsewhere, readingId, null, null);
            return library.readingForEditing(readingId).lessons().getFirst();
        });
        long promptId = lesson.prompts().getFirst().id();
        accounts.as(classmate, () -> answers.submit(classId, promptId, "The classmate's answer"));
        long answerId = ids.answer(classId, promptId, classmate.id());
        long highlight = accounts.as(people.get(STUDENT), () -> fixtures.annotate(new DiscussionFixtures.Lesson(classId, 0, lesson.id(), owner),
                "Rivers", "", Visibility.PRIVATE));
        return new Fixture(classId, lesson.id(), promptId, classmate.id(), answerId, highlight);
    }

    @Override
    protected Object callAs(Actor caller, Fixture fixture, Supplier<Object> call) {
        return caller == ANONYMOUS ? accounts.anonymously(call) : accounts.as(people.get(caller), call);
    }
}
