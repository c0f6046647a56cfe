package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.MovableClock;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Lessons of one reading opening and falling due one after another ("a lesson a week"). */
@IntegrationTest
@Import(MovableClock.Config.class)
class LessonPacingTest {

    private static final Duration WEEK = Duration.ofDays(7);

    @Autowired
    ReadingService readings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestReadings testReadings;

    @Autowired
    MovableClock clock;

    Account teacher;
    Account student;
    long classId;
    long readingId;
    List<Long> lessonIds;
    Instant opens;
    Instant firstDue;

    @BeforeEach
    void weeklyReading() {
        teacher = accounts.createTeacher("pacer");
        student = accounts.create("paced");
        classId = accounts.createClass(teacher, "Weekly", student);
        TestReadings.Reading reading = testReadings
                .readingIn(classId, teacher, "Week one", "Week two", "Week three")
                .titled("Three weeks")
                .imported();
        readingId = reading.readingId();
        lessonIds = reading.lessonIds();
        // Whole minutes, as a teacher picks them (the database keeps microseconds).
        opens = clock.instant().truncatedTo(ChronoUnit.MINUTES).minusSeconds(60);
        firstDue = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(2));
        accounts.as(teacher, () -> readings.assign(classId, readingId, List.of(), opens, firstDue, 7));
    }

    @Test
    void studentsGetOneLessonAWeekEachDueAWeekAfterTheOneBefore() {
        assertThat(visibleLessons()).containsExactly("Week one");
        assertThatThrownBy(() -> accounts.as(student, () -> readings.openLesson(classId, lessonIds.get(1))))
                .as("next week's lesson is not open yet")
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(student, () -> readings.lessonDueAt(classId, lessonIds.getFirst())))
                .contains(firstDue);
        WorkItem work = myWork();
        assertThat(work.lessonCount()).as("only the lessons open so far").isEqualTo(1);
        assertThat(work.dueAt()).isEqualTo(firstDue);

        clock.advance(WEEK);
        assertThat(visibleLessons()).containsExactly("Week one", "Week two");
        assertThat(accounts.as(student, () -> readings.lessonDueAt(classId, lessonIds.get(1))))
                .contains(firstDue.plus(WEEK));
        accounts.as(student, () -> readings.openLesson(classId, lessonIds.getFirst()));
        assertThat(myWork().dueAt())
                .as("the first lesson is done (no prompts, opened): the next due time is the second's")
                .isEqualTo(firstDue.plus(WEEK));
        assertThat(myWork().overdue(clock.instant())).isFalse();
    }

    @Test
    void theClassPageAndTheChangeDialogShowTheSchedule() {
        ClassAssignment assignment = accounts.as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst();
        assertThat(assignment.lessons()).as("teachers see every lesson").hasSize(3);
        assertThat(assignment.dueAt())
                .as("the assignment is due with its last lesson")
                .isEqualTo(firstDue.plus(WEEK.multipliedBy(2)));

        AssignmentDetails details =
                accounts.as(teacher, () -> readings.assignmentForEditing(assignment.assignmentId()));
        assertThat(details.daysBetweenLessons()).isEqualTo(7);
        assertThat(details.opensAt()).isEqualTo(opens);
        assertThat(details.dueAt())
                .as("the first lesson's, as the teacher set it")
                .isEqualTo(firstDue);
        assertThat(details.schedule()).extracting(ScheduledLesson::lessonId).containsExactlyElementsOf(lessonIds);
    }

    @Test
    void changingToAllAtOnceOpensEveryLessonAndTheTeacherMayRespaceIt() {
        long assignmentId = accounts.as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .assignmentId();
        accounts.as(teacher, () -> run(() -> readings.updateAssignment(assignmentId, List.of(), opens, firstDue, 0)));
        assertThat(visibleLessons()).containsExactly("Week one", "Week two", "Week three");
        assertThat(accounts.as(teacher, () -> readings.assignmentForEditing(assignmentId))
                        .dueAt())
                .isEqualTo(firstDue);

        accounts.as(
                teacher,
                () -> run(() -> readings.updateAssignment(
                        assignmentId, List.of(lessonIds.get(1), lessonIds.get(2)), opens, firstDue, 3)));
        assertThat(visibleLessons())
                .as("the chosen lessons, paced from the first chosen")
                .containsExactly("Week two");
        clock.advance(Duration.ofDays(3));
        assertThat(visibleLessons()).containsExactly("Week two", "Week three");
    }

    @Test
    void spacingBeyondAMonthIsRefusedWithAMessage() {
        long other = accounts.createClass(teacher, "Other");
        assertThatThrownBy(
                        () -> accounts.as(teacher, () -> readings.assign(other, readingId, List.of(), null, null, 32)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("0 to 31 days");
        assertThat(accounts.as(teacher, () -> readings.assignmentsForClass(other)))
                .isEmpty();
    }

    private List<String> visibleLessons() {
        return accounts.as(student, () -> readings.assignmentsForClass(classId)).getFirst().lessons().stream()
                .map(ClassAssignment.LessonLink::title)
                .toList();
    }

    private WorkItem myWork() {
        return accounts.as(student, () -> readings.myWork()).getFirst();
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }
}
