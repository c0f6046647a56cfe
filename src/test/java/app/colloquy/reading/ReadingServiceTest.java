package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.FeedbackService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    AnswerService answers;

    @Autowired
    FeedbackService feedback;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    LibraryService library;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestReadings testReadings;

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
        readingId = testReadings
                .readingIn(classId, teacher, "Faction", "Remedies")
                .titled("Federalist No. 10")
                .firstLessonPrompts("What is a faction?")
                .imported()
                .readingId();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anEnrolledStudentReadsAnOpenAssignmentsLessonsInOrder() {
        Instant now = clock.instant();
        accounts.as(teacher, () -> assign(now.minusSeconds(60), now.plus(Duration.ofDays(1))));

        List<ClassAssignment> visible = accounts.as(student, () -> readings.assignmentsForClass(classId));
        assertThat(visible).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Federalist No. 10");
            assertThat(r.lessons())
                    .extracting(ClassAssignment.LessonLink::title)
                    .containsExactly("Faction", "Remedies");
        });
        long firstLesson = visible.getFirst().lessons().getFirst().lessonId();
        LessonPage page = accounts.as(student, () -> readings.openLesson(classId, firstLesson));
        assertThat(page.body()).isEqualTo(TestReadings.TEXT);
        assertThat(page.prompts()).extracting(Prompt::question).containsExactly("What is a faction?");
        assertThat(page.previousLessonId()).isNull();
        assertThat(page.nextLessonId())
                .isEqualTo(visible.getFirst().lessons().get(1).lessonId());
    }

    @Test
    void studentsDoNotSeeAnAssignmentBeforeItOpensButTheTeacherDoes() {
        Instant now = clock.instant();
        accounts.as(teacher, () -> assign(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))));
        long lessonId = accounts.as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .lessons()
                .getFirst()
                .lessonId();

        assertThat(accounts.as(student, () -> readings.assignmentsForClass(classId)))
                .isEmpty();
        assertThatThrownBy(() -> accounts.as(student, () -> readings.openLesson(classId, lessonId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(teacher, () -> readings.openLesson(classId, lessonId))
                        .title())
                .isEqualTo("Faction");
    }

    @Test
    void someoneOutsideTheClassGetsNotFoundForItsReadingsAndLessons() {
        Instant now = clock.instant();
        accounts.as(teacher, () -> assign(now.minusSeconds(60), null));
        long lessonId = accounts.as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .lessons()
                .getFirst()
                .lessonId();

        assertThatThrownBy(() -> accounts.as(outsider, () -> readings.assignmentsForClass(classId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(outsider, () -> readings.openLesson(classId, lessonId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readings.openLesson(classId, lessonId))
                .as("anonymous")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLessonOfAReadingNotAssignedToTheClassIsNotFoundThere() {
        long otherClass = accounts.as(
                teacher, () -> classrooms.createClassroom("Period 4", null).id());
        Instant now = clock.instant();
        accounts.as(teacher, () -> {
            readings.assign(otherClass, readingId, now.minusSeconds(60), null);
            return null;
        });
        long lessonId = accounts.as(teacher, () -> readings.assignmentsForClass(otherClass))
                .getFirst()
                .lessons()
                .getFirst()
                .lessonId();

        assertThatThrownBy(() -> accounts.as(student, () -> readings.openLesson(classId, lessonId)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyATeacherOfTheClassWhoOwnsTheReadingAssignsIt() {
        Instant now = clock.instant();
        assertThatThrownBy(() -> accounts.as(student, () -> assign(now, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(outsider, () -> assign(now, null))).isInstanceOf(NotFoundException.class);

        Account coTeacher = accounts.createTeacher("coteacher");
        accounts.addCoTeacher(classId, teacher, coTeacher);
        assertThatThrownBy(() -> accounts.as(coTeacher, () -> assign(now, null)))
                .as("a co-teacher who does not own the reading")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void assigningChosenLessonsShowsStudentsOnlyThose() {
        List<Long> lessonIds = accounts.as(teacher, () -> library.readingForEditing(readingId)).lessons().stream()
                .map(ReadingDraft.Lesson::id)
                .toList();
        accounts.as(teacher, () -> readings.assign(classId, readingId, List.of(lessonIds.get(1)), null, null));

        assertThat(accounts.as(student, () -> readings.assignmentsForClass(classId)))
                .singleElement()
                .satisfies(a -> assertThat(a.lessons())
                        .extracting(ClassAssignment.LessonLink::title)
                        .containsExactly("Remedies"));
        assertThatThrownBy(() -> accounts.as(student, () -> readings.openLesson(classId, lessonIds.getFirst())))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(student, () -> readings.openLesson(classId, lessonIds.get(1)))
                        .previousLessonId())
                .isNull();
    }

    @Test
    void aClassGoingLessonByLessonGetsTheNextLessonInOneStepUntilAllAreOpen() {
        List<Long> lessonIds = accounts.as(teacher, () -> library.readingForEditing(readingId)).lessons().stream()
                .map(ReadingDraft.Lesson::id)
                .toList();
        long assignmentId = accounts.as(
                teacher, () -> readings.assign(classId, readingId, List.of(lessonIds.getFirst()), null, null));
        assertThat(accounts.as(teacher, () -> readings.assignmentForEditing(assignmentId))
                        .nextLesson())
                .hasValueSatisfying(next -> assertThat(next.title()).isEqualTo("Remedies"));

        ClassAssignment.LessonLink opened = accounts.as(teacher, () -> readings.openNextLesson(assignmentId));

        assertThat(opened.lessonId()).isEqualTo(lessonIds.get(1));
        assertThat(accounts.as(student, () -> readings.assignmentsForClass(classId)))
                .singleElement()
                .satisfies(a -> assertThat(a.lessons())
                        .extracting(ClassAssignment.LessonLink::title)
                        .containsExactly("Faction", "Remedies"));
        assertThat(accounts.as(teacher, () -> readings.assignmentForEditing(assignmentId))
                        .nextLesson())
                .isEmpty();
        assertThatThrownBy(() -> accounts.as(teacher, () -> readings.openNextLesson(assignmentId)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("assigned already");
    }

    @Test
    void aDueTimeBeforeTheOpeningOrInThePastIsRefused() {
        Instant now = clock.instant();
        assertThatThrownBy(() ->
                        accounts.as(teacher, () -> assign(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("after the opening");
        assertThatThrownBy(() -> accounts.as(
                        teacher, () -> assign(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)))))
                .hasMessageContaining("already passed");
    }

    @Test
    void myWorkCountsALessonDoneWhenOpenedWithEveryPromptAnswered() {
        Instant now = clock.instant();
        accounts.as(teacher, () -> assign(now.minusSeconds(60), now.plus(Duration.ofDays(1))));
        long first = accounts.as(student, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .lessons()
                .getFirst()
                .lessonId();

        assertThat(accounts.as(student, () -> readings.myWork()))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.readingTitle()).isEqualTo("Federalist No. 10");
                    assertThat(w.className()).isEqualTo("Period 3");
                    assertThat(w.status()).isEqualTo(WorkItem.Status.NOT_STARTED);
                });
        accounts.as(student, () -> readings.openLesson(classId, first));
        assertThat(accounts.as(student, () -> readings.myWork()).getFirst().status())
                .isEqualTo(WorkItem.Status.IN_PROGRESS);
        accounts.as(
                student,
                () -> readings.openLesson(
                        classId,
                        accounts.as(student, () -> readings.openLesson(classId, first))
                                .nextLessonId()));
        WorkItem opened = accounts.as(student, () -> readings.myWork()).getFirst();
        assertThat(opened.status())
                .as("every lesson opened, the first one's prompt unanswered")
                .isEqualTo(WorkItem.Status.IN_PROGRESS);
        assertThat(opened.doneCount()).isEqualTo(1);
        assertThat(opened.resumeLessonId()).isEqualTo(first);
        answerEveryPrompt(first);
        assertThat(accounts.as(student, () -> readings.myWork()).getFirst().status())
                .isEqualTo(WorkItem.Status.DONE);
        long assignmentId = accounts.as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .assignmentId();
        assertThat(accounts.as(teacher, () -> readings.progress(assignmentId)))
                .singleElement()
                .satisfies(p -> assertThat(p.doneCount()).isEqualTo(2));
        assertThat(accounts.as(outsider, () -> readings.myWork())).isEmpty();
    }

    @Test
    void myWorkResumesAtTheFirstLessonNotOpenedYetAndTheLessonKnowsItsPlace() {
        Instant now = clock.instant();
        accounts.as(teacher, () -> assign(now.minusSeconds(60), null));
        List<ClassAssignment.LessonLink> lessons = accounts.as(student, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .lessons();
        assertThat(accounts.as(student, () -> readings.myWork()).getFirst().resumeLessonId())
                .isEqualTo(lessons.getFirst().lessonId());

        LessonPage first = accounts.as(
                student, () -> readings.openLesson(classId, lessons.getFirst().lessonId()));
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.lessons())
                .extracting(ClassAssignment.LessonLink::title)
                .containsExactly("Faction", "Remedies");
        assertThat(accounts.as(student, () -> readings.myWork()).getFirst().resumeLessonId())
                .as("the first lesson's prompt is not answered yet")
                .isEqualTo(lessons.getFirst().lessonId());
        answerEveryPrompt(lessons.getFirst().lessonId());
        WorkItem work = accounts.as(student, () -> readings.myWork()).getFirst();
        assertThat(work.resumeLessonId()).isEqualTo(lessons.get(1).lessonId());
        assertThat(work.resumePosition()).isEqualTo(2);
        assertThat(accounts.as(
                                student,
                                () -> readings.openLesson(
                                        classId, lessons.get(1).lessonId()))
                        .number())
                .isEqualTo(2);
    }

    @Test
    void aDraftDoesNotFinishALessonAndFeedbackLeadsToItsLesson() {
        Instant now = clock.instant();
        accounts.as(teacher, () -> assign(now.minusSeconds(60), null));
        long first = accounts.as(student, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .lessons()
                .getFirst()
                .lessonId();
        accounts.as(student, () -> readings.openLesson(classId, first));
        long promptId = accounts.as(student, () -> answers.lessonPrompts(classId, first))
                .getFirst()
                .promptId();
        accounts.as(student, () -> answers.saveDraft(classId, promptId, "Half a thought", 0));
        assertThat(accounts.as(student, () -> readings.myWork()).getFirst().doneCount())
                .as("a draft is not an answer")
                .isZero();

        answerEveryPrompt(first);
        accounts.as(teacher, () -> run(() -> feedback.giveFeedback(classId, promptId, student.id(), "Good.", null)));
        WorkItem work = accounts.as(student, () -> readings.myWork()).getFirst();
        assertThat(work.doneCount()).isEqualTo(1);
        assertThat(work.feedbackCount()).isEqualTo(1);
        assertThat(work.feedbackLessonId()).isEqualTo(first);
        assertThat(accounts.as(outsider, () -> readings.myWork())).isEmpty();
    }

    private void answerEveryPrompt(long lessonId) {
        accounts.as(student, () -> answers.lessonPrompts(classId, lessonId))
                .forEach(prompt -> accounts.as(student, () -> answers.submit(classId, prompt.promptId(), "My answer")));
    }

    @Test
    void assigningAgainOffersTheExistingAssignmentWhichTeachersChangeOrRemoveWithoutLosingWork() {
        Instant now = clock.instant();
        accounts.as(teacher, () -> assign(now.minusSeconds(60), now.plus(Duration.ofDays(1))));
        long assignmentId = accounts.as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .assignmentId();
        assertThatThrownBy(() -> accounts.as(teacher, () -> assign(null, now.plus(Duration.ofDays(3)))))
                .isInstanceOfSatisfying(
                        AlreadyAssignedException.class,
                        e -> assertThat(e.assignmentId()).isEqualTo(assignmentId));

        AssignmentDetails details = accounts.as(teacher, () -> readings.assignmentForEditing(assignmentId));
        assertThat(details.wholeReading()).isTrue();
        long second = details.lessons().get(1).lessonId();
        Instant newDue = now.plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        accounts.as(teacher, () -> run(() -> readings.updateAssignment(assignmentId, List.of(second), null, newDue)));
        List<ClassAssignment> seen = accounts.as(student, () -> readings.assignmentsForClass(classId));
        assertThat(seen).singleElement().satisfies(a -> {
            assertThat(a.dueAt()).isEqualTo(newDue);
            assertThat(a.lessons())
                    .extracting(ClassAssignment.LessonLink::title)
                    .containsExactly("Remedies");
        });
        assertThat(accounts.as(student, () -> readings.myWork())).hasSize(1);

        accounts.as(student, () -> readings.openLesson(classId, second));
        accounts.as(teacher, () -> run(() -> readings.unassign(assignmentId)));
        assertThat(accounts.as(student, () -> readings.assignmentsForClass(classId)))
                .isEmpty();
        assertThat(accounts.as(student, () -> readings.myWork())).isEmpty();
        assertThatThrownBy(() -> accounts.as(student, () -> readings.openLesson(classId, second)))
                .isInstanceOf(NotFoundException.class);

        accounts.as(teacher, () -> readings.assign(classId, readingId, List.of(second), null, null));
        assertThat(accounts.as(student, () -> readings.myWork()).getFirst().status())
                .isEqualTo(WorkItem.Status.DONE);
    }

    @Test
    void teachersSeeEachStudentsProgressOnAnAssignment() {
        Instant now = clock.instant();
        Account second = accounts.create("second");
        accounts.as(
                second,
                () -> classrooms.joinWithCode(
                        accounts.as(teacher, () -> classrooms.joinSettings(classId))
                                .joinCode(),
                        "127.0.0.1"));
        accounts.as(teacher, () -> assign(now.minusSeconds(60), now.plus(Duration.ofDays(1))));
        ClassAssignment assignment = accounts.as(student, () -> readings.assignmentsForClass(classId))
                .getFirst();
        accounts.as(
                student,
                () -> readings.openLesson(
                        classId, assignment.lessons().getFirst().lessonId()));

        List<StudentProgress> progress = accounts.as(teacher, () -> readings.progress(assignment.assignmentId()));
        assertThat(progress)
                .extracting(StudentProgress::displayName)
                .containsExactlyInAnyOrder(student.displayName(), second.displayName());
        StudentProgress started = progress.stream()
                .filter(p -> p.accountId() == student.id())
                .findFirst()
                .orElseThrow();
        assertThat(started.openedCount()).isEqualTo(1);
        assertThat(started.lessonCount()).isEqualTo(2);
        assertThat(started.status()).isEqualTo(WorkItem.Status.IN_PROGRESS);
        assertThat(progress.stream()
                        .filter(p -> p.accountId() == second.id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(WorkItem.Status.NOT_STARTED);
        assertThatThrownBy(() -> accounts.as(student, () -> readings.progress(assignment.assignmentId())))
                .isInstanceOf(NotFoundException.class);
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }

    private Void assign(Instant opensAt, Instant dueAt) {
        readings.assign(classId, readingId, opensAt, dueAt);
        return null;
    }
}
