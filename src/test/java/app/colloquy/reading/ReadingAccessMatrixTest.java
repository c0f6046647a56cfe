package app.colloquy.reading;

import static app.colloquy.reading.ReadingAccessMatrixTest.Actor.ADMIN;
import static app.colloquy.reading.ReadingAccessMatrixTest.Actor.ANONYMOUS;
import static app.colloquy.reading.ReadingAccessMatrixTest.Actor.CO_TEACHER;
import static app.colloquy.reading.ReadingAccessMatrixTest.Actor.FORMER_MEMBER;
import static app.colloquy.reading.ReadingAccessMatrixTest.Actor.STUDENT_ELSEWHERE;
import static app.colloquy.reading.ReadingAccessMatrixTest.Actor.STUDENT_OF_CLASS;
import static app.colloquy.reading.ReadingAccessMatrixTest.Actor.TEACHER_ELSEWHERE;
import static app.colloquy.reading.ReadingAccessMatrixTest.Actor.TEACHER_OF_CLASS;

import app.colloquy.account.Account;
import app.colloquy.account.CurrentUser;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.testsupport.AccessMatrixTestCase;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
 * Every public operation of the reading feature (library, editor, prompts, assignments, lessons,
 * My work), tried by every kind of caller: the allowed ones succeed, all others are refused by the
 * service itself. The teacher of the class owns the reading; it is assigned to the class.
 */
@IntegrationTest
class ReadingAccessMatrixTest
        extends AccessMatrixTestCase<ReadingAccessMatrixTest.Actor, ReadingAccessMatrixTest.Fixture> {

    enum Actor {
        ANONYMOUS,
        STUDENT_OF_CLASS,
        STUDENT_ELSEWHERE,
        FORMER_MEMBER,
        TEACHER_OF_CLASS,
        CO_TEACHER,
        TEACHER_ELSEWHERE,
        ADMIN
    }

    /** A fresh class, reading and assignment for each attempt, so one call cannot influence another. */
    record Fixture(
            long classId,
            long readingId,
            long lessonId,
            long secondLessonId,
            long promptId,
            int revision,
            long otherClassId,
            long foreignReadingId,
            long assignmentId,
            long siblingClassId) {}

    @Autowired
    LibraryService library;

    @Autowired
    ReadingService readings;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    LessonWork lessonWork;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    Map<Actor, Account> people = new EnumMap<>(Actor.class);

    @BeforeAll
    void createPeople() {
        people.put(STUDENT_OF_CLASS, accounts.create("student"));
        people.put(STUDENT_ELSEWHERE, accounts.create("other-student"));
        people.put(FORMER_MEMBER, accounts.create("former"));
        people.put(TEACHER_OF_CLASS, accounts.createTeacher("owner"));
        people.put(CO_TEACHER, accounts.createTeacher("co-teacher"));
        people.put(TEACHER_ELSEWHERE, accounts.createTeacher("other-teacher"));
        people.put(ADMIN, accounts.createAdmin("admin"));
    }

    Stream<Operation<Actor, Fixture>> operations() {
        Set<Actor> signedIn = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
        Set<Actor> teachers = EnumSet.of(TEACHER_OF_CLASS, CO_TEACHER, TEACHER_ELSEWHERE);
        Set<Actor> editors = EnumSet.of(TEACHER_OF_CLASS, CO_TEACHER);
        Set<Actor> members = EnumSet.of(STUDENT_OF_CLASS, TEACHER_OF_CLASS, CO_TEACHER);
        return Stream.of(
                new Operation<>(
                        "proposeSplit", teachers, f -> library.proposeSplit("# One\n\nText.\n\n# Two\n\nMore.")),
                new Operation<>(
                        "documentText",
                        teachers,
                        f -> library.documentText("article.md", "# One\n\nText.".getBytes(StandardCharsets.UTF_8))),
                new Operation<>(
                        "importReading",
                        teachers,
                        f -> library.importReading(new NewReading(
                                "Imported",
                                null,
                                "",
                                List.of(new NewReading.NewLesson("Lesson", "Text.", List.of("Why?")))))),
                new Operation<>("myReadings", teachers, f -> library.myReadings()),
                new Operation<>("readingForEditing", editors, f -> library.readingForEditing(f.readingId())),
                new Operation<>("mayEdit", signedIn, f -> library.mayEdit(f.readingId())),
                new Operation<>("requireEditor", editors, f -> run(() -> library.requireEditor(f.readingId()))),
                new Operation<>(
                        "renameReading", editors, f -> run(() -> library.renameReading(f.readingId(), "Renamed"))),
                new Operation<>(
                        "changeReadingLanguage",
                        editors,
                        f -> run(() -> library.changeReadingLanguage(f.readingId(), "es"))),
                new Operation<>(
                        "updateLesson",
                        editors,
                        f -> library.updateLesson(f.lessonId(), f.revision(), "Edited", "New text.")),
                new Operation<>("moveLesson", editors, f -> run(() -> library.moveLesson(f.secondLessonId(), -1))),
                new Operation<>(
                        "addPrompt",
                        editors,
                        f -> run(() -> library.addPrompt(f.lessonId(), "Another question?", false))),
                new Operation<>(
                        "updatePrompt", editors, f -> run(() -> library.updatePrompt(f.promptId(), "Reworded?", true))),
                new Operation<>("movePrompt", editors, f -> run(() -> library.movePrompt(f.promptId(), 1))),
                new Operation<>("deletePrompt", editors, f -> run(() -> library.deletePrompt(f.promptId()))),
                new Operation<>(
                        "deleteReading", EnumSet.of(TEACHER_OF_CLASS), f -> library.deleteReading(f.readingId())),
                new Operation<>(
                        "assignChosenLessons",
                        editors,
                        f -> readings.assign(
                                f.siblingClassId(), f.readingId(), List.of(f.lessonId()), clock.instant(), null)),
                new Operation<>(
                        "assignWholeReading",
                        editors,
                        f -> readings.assign(f.siblingClassId(), f.readingId(), null, null)),
                new Operation<>("assignmentForEditing", editors, f -> readings.assignmentForEditing(f.assignmentId())),
                new Operation<>(
                        "updateAssignment",
                        editors,
                        f -> run(() -> readings.updateAssignment(
                                f.assignmentId(),
                                List.of(f.lessonId(), f.secondLessonId()),
                                null,
                                clock.instant().plusSeconds(86_400),
                                7))),
                new Operation<>("openNextLesson", editors, f -> {
                    // The class goes lesson by lesson: the owner assigned only the first.
                    accounts.as(
                            people.get(TEACHER_OF_CLASS),
                            () -> run(() ->
                                    readings.updateAssignment(f.assignmentId(), List.of(f.lessonId()), null, null)));
                    return readings.openNextLesson(f.assignmentId());
                }),
                new Operation<>("progress", editors, f -> readings.progress(f.assignmentId())),
                new Operation<>("unassign", editors, f -> run(() -> readings.unassign(f.assignmentId()))),
                new Operation<>(
                        "assignToAClassTheyDoNotTeach",
                        EnumSet.noneOf(Actor.class),
                        f -> readings.assign(f.otherClassId(), f.readingId(), null, null)),
                new Operation<>(
                        "assignAReadingTheyMayNotEdit",
                        EnumSet.noneOf(Actor.class),
                        f -> readings.assign(f.classId(), f.foreignReadingId(), null, null)),
                new Operation<>("assignmentsForClass", members, f -> readings.assignmentsForClass(f.classId())),
                new Operation<>("openLesson", members, f -> readings.openLesson(f.classId(), f.lessonId())),
                new Operation<>("lessonText", members, f -> readings.lessonText(f.classId(), f.lessonId())),
                // Only the application itself, for live updates (LiveDiscussionTest shows it may).
                new Operation<>(
                        "lessonReach",
                        EnumSet.noneOf(Actor.class),
                        f -> readings.lessonReach(f.classId(), f.lessonId())),
                new Operation<>("lessonTextAtVersion", members, f -> readings.lessonText(f.classId(), f.lessonId(), 1)),
                new Operation<>("lessonTextForEditing", editors, f -> library.lessonText(f.lessonId())),
                new Operation<>("myWork", signedIn, f -> readings.myWork()),
                // What students did in lessons: anyone about their own, the class's teachers about its students.
                new Operation<>(
                        "lessonWorkOfOnesOwn",
                        signedIn,
                        f -> lessonWork.done(
                                List.of(f.classId()), List.of(currentUser.requireAccountId()), List.of(f.lessonId()))),
                new Operation<>(
                        "lessonWorkOfTheClass",
                        editors,
                        f -> lessonWork.done(
                                List.of(f.classId()),
                                List.of(
                                        people.get(STUDENT_OF_CLASS).id(),
                                        people.get(FORMER_MEMBER).id()),
                                List.of(f.lessonId()))));
    }

    @Override
    protected Actor[] callers() {
        return Actor.values();
    }

    @Override
    protected Fixture freshFixture() {
        return freshAssignedReading();
    }

    @Override
    protected Object callAs(Actor caller, Fixture fixture, Supplier<Object> call) {
        return caller == ANONYMOUS ? accounts.anonymously(call) : accounts.as(people.get(caller), call);
    }

    private Fixture freshAssignedReading() {
        Account owner = people.get(TEACHER_OF_CLASS);
        // The owner takes the other class as a student: enrolled there, but not its teacher.
        long otherClassId =
                accounts.createClass(people.get(TEACHER_ELSEWHERE), "Elsewhere", people.get(STUDENT_ELSEWHERE), owner);
        long foreignReadingId = accounts.as(
                people.get(TEACHER_ELSEWHERE),
                () -> library.importReading(new NewReading(
                        "Someone else's reading",
                        null,
                        "",
                        List.of(new NewReading.NewLesson("Only", "Text.", List.of())))));
        long classId =
                accounts.createClass(owner, "Matrix class", people.get(STUDENT_OF_CLASS), people.get(FORMER_MEMBER));
        accounts.addCoTeacher(classId, owner, people.get(CO_TEACHER));
        long readingId = accounts.as(owner, () -> {
            classrooms.removeStudent(classId, people.get(FORMER_MEMBER).id());
            long id = library.importReading(new NewReading(
                    "Matrix reading",
                    null,
                    "",
                    List.of(
                            new NewReading.NewLesson(
                                    "First", "First text.", List.of("First question?", "Second question?")),
                            new NewReading.NewLesson("Second", "Second text.", List.of()))));
            readings.assign(classId, id, null, null);
            return id;
        });
        ReadingDraft draft = accounts.as(owner, () -> library.readingForEditing(readingId));
        ReadingDraft.Lesson first = draft.lessons().getFirst();
        long assignmentId = accounts.as(owner, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .assignmentId();
        // Another class of the same teachers, where the reading is not assigned yet.
        long siblingClassId = accounts.createClass(owner, "Sibling class");
        accounts.addCoTeacher(siblingClassId, owner, people.get(CO_TEACHER));
        return new Fixture(
                classId,
                readingId,
                first.id(),
                draft.lessons().get(1).id(),
                first.prompts().getFirst().id(),
                first.revision(),
                otherClassId,
                foreignReadingId,
                assignmentId,
                siblingClassId);
    }
}
