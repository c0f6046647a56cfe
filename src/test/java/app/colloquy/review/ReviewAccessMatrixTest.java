package app.colloquy.review;

import static app.colloquy.testsupport.ClassCallersMatrix.Caller.FORMER_MEMBER;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.STUDENT;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.STUDENT_ELSEWHERE;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.TEACHER_ELSEWHERE;
import static app.colloquy.testsupport.ClassCallersMatrix.Caller.TEACHER_OF_CLASS;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.ClassCallersMatrix;
import app.colloquy.testsupport.ClassCallersMatrix.Caller;
import app.colloquy.testsupport.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every review operation, tried by every kind of caller: only the class's teachers are answered;
 * students, teachers of another class with the same reading and admins get "not found".
 */
@IntegrationTest
class ReviewAccessMatrixTest extends ClassCallersMatrix<ReviewAccessMatrixTest.Fixture> {

    record Fixture(long classId, long lessonId, long assignmentId) {}

    @Autowired
    ReviewService review;

    @Autowired
    LibraryService library;

    @Autowired
    ReadingService readings;

    @Autowired
    ClassroomService classrooms;

    Stream<Operation<Caller, Fixture>> operations() {
        Set<Caller> teacher = EnumSet.of(TEACHER_OF_CLASS);
        return Stream.of(
                new Operation<>(
                        "lessonReview",
                        teacher,
                        f -> review.lessonReview(f.classId(), f.lessonId(), ReviewFilter.NONE, ZoneOffset.UTC)),
                new Operation<>(
                        "participation",
                        teacher,
                        f -> review.participation(f.classId(), f.assignmentId(), ParticipationSort.NAME, false, 0, 10)),
                new Operation<>(
                        "participationCount", teacher, f -> review.participationCount(f.classId(), f.assignmentId())),
                new Operation<>(
                        "writeParticipationCsv",
                        teacher,
                        f -> export(out -> review.writeParticipationCsv(f.classId(), out))),
                new Operation<>(
                        "writeAnnotationsJsonLd",
                        teacher,
                        f -> export(out -> review.writeAnnotationsJsonLd(
                                f.classId(), f.lessonId(), "https://colloquy.example", out))));
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
    protected Fixture freshFixture() {
        Account owner = person(TEACHER_OF_CLASS);
        long classId = accounts.createClass(owner, "Reviewed", person(STUDENT), person(FORMER_MEMBER));
        long elsewhere = accounts.createClass(person(TEACHER_ELSEWHERE), "Elsewhere", person(STUDENT_ELSEWHERE));
        accounts.addCoTeacher(elsewhere, person(TEACHER_ELSEWHERE), owner);
        return accounts.as(owner, () -> {
            classrooms.removeStudent(classId, person(FORMER_MEMBER).id());
            long readingId = library.importReading(new NewReading(
                    "Water",
                    null,
                    "",
                    List.of(new NewReading.NewLesson("Cycle", "Rivers carry water.", List.of("Where does it go?")))));
            readings.assign(classId, readingId, null, null);
            readings.assign(elsewhere, readingId, null, null);
            long lessonId =
                    library.readingForEditing(readingId).lessons().getFirst().id();
            long assignmentId = readings.assignmentsForClass(classId).getFirst().assignmentId();
            return new Fixture(classId, lessonId, assignmentId);
        });
    }
}
