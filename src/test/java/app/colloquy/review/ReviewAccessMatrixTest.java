package app.colloquy.review;

import static app.colloquy.review.ReviewAccessMatrixTest.Actor.ADMIN;
import static app.colloquy.review.ReviewAccessMatrixTest.Actor.ANONYMOUS;
import static app.colloquy.review.ReviewAccessMatrixTest.Actor.FORMER_MEMBER;
import static app.colloquy.review.ReviewAccessMatrixTest.Actor.STUDENT;
import static app.colloquy.review.ReviewAccessMatrixTest.Actor.STUDENT_ELSEWHERE;
import static app.colloquy.review.ReviewAccessMatrixTest.Actor.TEACHER_ELSEWHERE;
import static app.colloquy.review.ReviewAccessMatrixTest.Actor.TEACHER_OF_CLASS;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.AccessMatrixTestCase;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
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
 * Every review operation, tried by every kind of caller: only the class's teachers are answered;
 * students, teachers of another class with the same reading and admins get "not found".
 */
@IntegrationTest
class ReviewAccessMatrixTest extends AccessMatrixTestCase<ReviewAccessMatrixTest.Actor, ReviewAccessMatrixTest.Fixture> {

    enum Actor {
        ANONYMOUS, STUDENT, STUDENT_ELSEWHERE, FORMER_MEMBER, TEACHER_OF_CLASS, TEACHER_ELSEWHERE, ADMIN
    }

    record Fixture(long classId, long lessonId, long assignmentId) {
    }

    @Autowired
    ReviewService review;
    @Autowired
    LibraryService library;
    @Autowired
    ReadingService readings;
    @Autowired
    ClassroomService classrooms;
    @Autowired
    TestAccounts accounts;
    Map<Actor, Account> people = new EnumMap<>(Actor.class);

    @BeforeAll
    void createPeople() {
        people.put(STUDENT, accounts.create("student"));
        people.put(STUDENT_ELSEWHERE, accounts.create("elsewhere"));
        people.put(FORMER_MEMBER, accounts.create("former"));
        people.put(TEACHER_OF_CLASS, accounts.createTeacher("teacher"));
        people.put(TEACHER_ELSEWHERE, accounts.createTeacher("other-teacher"));
        people.put(ADMIN, accounts.createAdmin("admin"));
    }

    Stream<Operation<Actor, Fixture>> operations() {
        Set<Actor> teacher = EnumSet.of(TEACHER_OF_CLASS);
        return Stream.of(
                new Operation<>("lessonReview", teacher, f -> review.lessonReview(f.classId(), f.lessonId(), ReviewFilter.NONE,
                        ZoneOffset.UTC)),
                new Operation<>("participation", teacher, f -> review.participation(f.classId(), f.assignmentId(),
                        ParticipationSort.NAME, false, 0, 10)),
                new Operation<>("participationCount", teacher, f -> review.participationCount(f.classId(), f.assignmentId())),
                new Operation<>("writeParticipationCsv", teacher, f -> export(out -> review.writeParticipationCsv(f.classId(), out))),
                new Operation<>("writeAnnotationsJsonLd", teacher, f -> export(out ->
                        review.writeAnnotationsJsonLd(f.classId(), f.lessonId(), "https://colloquy.example", out))));
    }

    interface Export {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static Object export(Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    @Override
    protected Actor[] callers() {
        return Actor.values();
    }

    @Override
    protected Fixture freshFixture() {
        Account owner = people.get(TEACHER_OF_CLASS);
        long classId = accounts.createClass(owner, "Reviewed", people.get(STUDENT), people.get(FORMER_MEMBER));
        long elsewhere = accounts.createClass(people.get(TEACHER_ELSEWHERE), "Elsewhere", people.get(STUDENT_ELSEWHERE));
        accounts.addCoTeacher(elsewhere, people.get(TEACHER_ELSEWHERE), owner);
        return accounts.as(owner, () -> {
            classrooms.removeStudent(classId, people.get(FORMER_MEMBER).id());
            long readingId = library.importReading(new NewReading("Water", null, "",
                    List.of(new NewReading.NewLesson("Cycle", "Rivers carry water.", List.of("Where does it go?")))));
            readings.assign(classId, readingId, null, null);
            readings.assign(elsewhere, readingId, null, null);
            long lessonId = library.readingForEditing(readingId).lessons().getFirst().id();
            long assignmentId = readings.assignmentsForClass(classId).getFirst().assignmentId();
            return new Fixture(classId, lessonId, assignmentId);
        });
    }

    @Override
    protected Object callAs(Actor caller, Fixture fixture, Supplier<Object> call) {
        return caller == ANONYMOUS ? accounts.anonymously(call) : accounts.as(people.get(caller), call);
    }
}
