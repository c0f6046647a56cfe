package app.colloquy.discussion;

import static app.colloquy.discussion.DiscussionAccessMatrixTest.Actor.ADMIN;
import static app.colloquy.discussion.DiscussionAccessMatrixTest.Actor.ANONYMOUS;
import static app.colloquy.discussion.DiscussionAccessMatrixTest.Actor.AUTHOR;
import static app.colloquy.discussion.DiscussionAccessMatrixTest.Actor.CLASSMATE;
import static app.colloquy.discussion.DiscussionAccessMatrixTest.Actor.FORMER_MEMBER;
import static app.colloquy.discussion.DiscussionAccessMatrixTest.Actor.STUDENT_ELSEWHERE;
import static app.colloquy.discussion.DiscussionAccessMatrixTest.Actor.TEACHER_ELSEWHERE;
import static app.colloquy.discussion.DiscussionAccessMatrixTest.Actor.TEACHER_OF_CLASS;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
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
 * Every public operation of the discussion, tried by every kind of caller. The author wrote a
 * note for the class, one only for themself and one for the teachers; another classmate (not a
 * caller here) wrote one for the class. The same lesson is also assigned in the other class.
 */
@IntegrationTest
class DiscussionAccessMatrixTest
        extends AccessMatrixTestCase<DiscussionAccessMatrixTest.Actor, DiscussionAccessMatrixTest.Fixture> {

    enum Actor {
        ANONYMOUS,
        AUTHOR,
        CLASSMATE,
        STUDENT_ELSEWHERE,
        FORMER_MEMBER,
        TEACHER_OF_CLASS,
        TEACHER_ELSEWHERE,
        ADMIN
    }

    record Fixture(
            DiscussionFixtures.Lesson lesson,
            long classNote,
            long privateNote,
            long teachersNote,
            long othersNote,
            long othersTeachersNote,
            long tagId) {}

    @Autowired
    DiscussionService discussion;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    DiscussionFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    Map<Actor, Account> people = new EnumMap<>(Actor.class);
    Account otherClassmate;

    @BeforeAll
    void createPeople() {
        people.put(AUTHOR, accounts.create("author"));
        people.put(CLASSMATE, accounts.create("classmate"));
        people.put(STUDENT_ELSEWHERE, accounts.create("elsewhere"));
        people.put(FORMER_MEMBER, accounts.create("former"));
        people.put(TEACHER_OF_CLASS, accounts.createTeacher("teacher"));
        people.put(TEACHER_ELSEWHERE, accounts.createTeacher("other-teacher"));
        people.put(ADMIN, accounts.createAdmin("admin"));
        otherClassmate = accounts.create("writer");
    }

    Stream<Operation<Actor, Fixture>> operations() {
        Set<Actor> members = EnumSet.of(AUTHOR, CLASSMATE, TEACHER_OF_CLASS);
        Set<Actor> teacher = EnumSet.of(TEACHER_OF_CLASS);
        Set<Actor> author = EnumSet.of(AUTHOR);
        return Stream.of(
                new Operation<>(
                        "discussion",
                        members,
                        f -> discussion.discussion(
                                f.lesson().classId(), f.lesson().lessonId())),
                new Operation<>(
                        "threads",
                        members,
                        f -> discussion.threads(f.lesson().classId(), f.lesson().lessonId(), List.of(f.classNote()))),
                new Operation<>("select", members, f -> fixtures.selectFirstWord(f.lesson())),
                new Operation<>(
                        "annotate", members, f -> fixtures.annotateFirstWord(f.lesson(), "Mine.", Visibility.CLASS)),
                new Operation<>("replyToClassNote", members, f -> discussion.reply(f.classNote(), "Reply.")),
                new Operation<>("replyToPrivateNote", author, f -> discussion.reply(f.privateNote(), "Reply.")),
                new Operation<>(
                        "replyToTeachersNote",
                        EnumSet.of(AUTHOR, TEACHER_OF_CLASS),
                        f -> discussion.reply(f.teachersNote(), "Reply.")),
                new Operation<>("edit", author, f -> run(() -> discussion.edit(f.classNote(), "Edited."))),
                new Operation<>("editPrivate", author, f -> run(() -> discussion.edit(f.privateNote(), "Edited."))),
                new Operation<>("delete", author, f -> run(() -> discussion.delete(f.classNote()))),
                new Operation<>("markHelpful", members, f -> run(() -> discussion.setHelpful(f.othersNote(), true))),
                new Operation<>("unmarkHelpful", members, f -> run(() -> discussion.setHelpful(f.othersNote(), false))),
                new Operation<>(
                        "markTeachersNoteHelpful",
                        teacher,
                        f -> run(() -> discussion.setHelpful(f.othersTeachersNote(), true))),
                new Operation<>("earlierTexts", teacher, f -> discussion.earlierTexts(f.classNote())),
                new Operation<>(
                        "earlierTextsOfPrivateNote",
                        EnumSet.noneOf(Actor.class),
                        f -> discussion.earlierTexts(f.privateNote())),
                new Operation<>("tags", members, f -> discussion.tags(f.lesson().classId())),
                new Operation<>(
                        "addTag", teacher, f -> discussion.addTag(f.lesson().classId(), "Prediction")),
                new Operation<>("renameTag", teacher, f -> run(() -> discussion.renameTag(f.tagId(), "Query"))),
                new Operation<>("removeTag", teacher, f -> run(() -> discussion.removeTag(f.tagId()))),
                new Operation<>(
                        "setAsksForAnswer", teacher, f -> run(() -> discussion.setAsksForAnswer(f.tagId(), true))));
    }

    @Override
    protected Actor[] callers() {
        return Actor.values();
    }

    @Override
    protected Fixture freshFixture() {
        Account teacherOfClass = people.get(TEACHER_OF_CLASS);
        DiscussionFixtures.Lesson lesson = fixtures.assignedLesson(
                teacherOfClass, people.get(AUTHOR), people.get(CLASSMATE), otherClassmate, people.get(FORMER_MEMBER));
        fixtures.alsoAssignElsewhere(lesson, people.get(TEACHER_ELSEWHERE), people.get(STUDENT_ELSEWHERE));
        accounts.as(
                teacherOfClass,
                () -> run(() -> classrooms.removeStudent(
                        lesson.classId(), people.get(FORMER_MEMBER).id())));
        Account author = people.get(AUTHOR);
        long classNote =
                accounts.as(author, () -> fixtures.annotateFirstWord(lesson, "For the class.", Visibility.CLASS));
        long privateNote = accounts.as(author, () -> fixtures.annotateFirstWord(lesson, "For me.", Visibility.PRIVATE));
        long teachersNote =
                accounts.as(author, () -> fixtures.annotateFirstWord(lesson, "For the teacher.", Visibility.TEACHERS));
        long othersNote = accounts.as(
                otherClassmate, () -> fixtures.annotateFirstWord(lesson, "Someone else's.", Visibility.CLASS));
        long othersTeachersNote = accounts.as(
                otherClassmate,
                () -> fixtures.annotateFirstWord(lesson, "Someone else's, for the teacher.", Visibility.TEACHERS));
        long tagId = accounts.as(
                teacherOfClass,
                () -> discussion.tags(lesson.classId()).getFirst().id());
        return new Fixture(lesson, classNote, privateNote, teachersNote, othersNote, othersTeachersNote, tagId);
    }

    @Override
    protected Object callAs(Actor caller, Fixture fixture, Supplier<Object> call) {
        return caller == ANONYMOUS ? accounts.anonymously(call) : accounts.as(people.get(caller), call);
    }
}
