package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.NotFoundException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReadingServiceTest {

    @Autowired
    ReadingService readings;
    @Autowired
    ClassroomService classrooms;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Clock clock;

    Account teacher;
    Account student;
    Account outsider;
    long classId;
    long readingId;

    @BeforeEach
    void setUp() {
        teacher = accounts.createTeacher("teacher");
        student = accounts.create("student");
        outsider = accounts.create("outsider");
        classId = accounts.createClass(teacher, "Period 3", student);
        readingId = accounts.as(teacher, () -> readings.importReading(new NewReading("Federalist No. 10", null, "Overview.",
                List.of(new NewReading.NewLesson("Faction", "Among the numerous advantages...", List.of("What is a faction?")),
                        new NewReading.NewLesson("Remedies", "There are two methods...", List.of())))));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anEnrolledStudentReadsAnOpenAssignmentsLessonsInOrder() {
        Instant now = clock.instant();
        accounts.as(teacher, () -> assign(now.minusSeconds(60), now.plus(Duration.ofDays(1))));

        List<ClassReading> visible = accounts.as(student, () -> readings.readingsForClass(classId));
        assertThat(visible).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Federalist No. 10");
            assertThat(r.lessons()).extracting(ClassReading.LessonLink::title).containsExactly("Faction", "Remedies");
        });
        long firstLesson = visible.getFirst().lessons().getFirst().lessonId();
        LessonPage page = accounts.as(student, () -> readings.lessonForClass(classId, firstLesson));
        assertThat(page.body()).isEqualTo("Among the numerous advantages...");
        assertThat(page.prompts()).extracting(LessonPage.Prompt::question).containsExactly("What is a faction?");
        assertThat(page.previousLessonId()).isNull();
        assertThat(page.nextLessonId()).isEqualTo(visible.getFirst().lessons().get(1).lessonId());
    }

    @Test
    void studentsDoNotSeeAnAssignmentBeforeItOpensButTheTeacherDoes() {
        Instant now = clock.instant();
        accounts.as(teacher, () -> assign(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))));
        long lessonId = accounts.as(teacher, () -> readings.readingsForClass(classId)).getFirst().lessons().getFirst().lessonId();

        assertThat(accounts.as(student, () -> readings.readingsForClass(classId))).isEmpty();
        assertThatThrownBy(() -> accounts.as(student, () -> readings.lessonForClass(classId, lessonId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(teacher, () -> readings.lessonForClass(classId, lessonId)).title()).isEqualTo("Faction");
    }

    @Test
    void someoneOutsideTheClassGetsNotFoundForItsReadingsAndLessons() {
        Instant now = clock.instant();
        accounts.as(teacher, () -> assign(now.minusSeconds(60), null));
        long lessonId = accounts.as(teacher, () -> readings.readingsForClass(classId)).getFirst().lessons().getFirst().lessonId();

        assertThatThrownBy(() -> accounts.as(outsider, () -> readings.readingsForClass(classId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(outsider, () -> readings.lessonForClass(classId, lessonId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readings.lessonForClass(classId, lessonId))
                .as("anonymous").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLessonOfAReadingNotAssignedToTheClassIsNotFoundThere() {
        long otherClass = accounts.as(teacher, () -> classrooms.createClassroom("Period 4", null).id());
        Instant now = clock.instant();
        accounts.as(teacher, () -> {
            readings.assign(otherClass, readingId, now.minusSeconds(60), null);
            return null;
        });
        long lessonId = accounts.as(teacher, () -> readings.readingsForClass(otherClass)).getFirst().lessons().getFirst().lessonId();

        assertThatThrownBy(() -> accounts.as(student, () -> readings.lessonForClass(classId, lessonId)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyATeacherOfTheClassWhoOwnsTheReadingAssignsIt() {
        Instant now = clock.instant();
        assertThatThrownBy(() -> accounts.as(student, () -> assign(now, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(outsider, () -> assign(now, null))).isInstanceOf(NotFoundException.class);

        Account coTeacher = accounts.createTeacher("coteacher");
        accounts.as(teacher, () -> classrooms.addCoTeacher(classId, coTeacher.loginName()));
        assertThatThrownBy(() -> accounts.as(coTeacher, () -> assign(now, null)))
                .as("a co-teacher who does not own the reading").isInstanceOf(NotFoundException.class);
    }

    private Void assign(Instant opensAt, Instant dueAt) {
        readings.assign(classId, readingId, opensAt, dueAt);
        return null;
    }
}
