package app.colloquy.reading;

import app.colloquy.account.CurrentUser;
import app.colloquy.classroom.ClassRole;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Readings as classes use them: assignments, lessons to read, and students' progress. */
@Service
public class ReadingService {

    /** Lessons a month apart at most: slower than that is a new assignment. */
    public static final int MAX_DAYS_BETWEEN_LESSONS = 31;

    private final ReadingRepository readings;
    private final ClassroomService classrooms;
    private final LibraryService library;
    private final LessonWork lessonWork;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReadingService(
            ReadingRepository readings,
            ClassroomService classrooms,
            LibraryService library,
            LessonWork lessonWork,
            CurrentUser currentUser,
            Clock clock) {
        this.readings = readings;
        this.classrooms = classrooms;
        this.library = library;
        this.lessonWork = lessonWork;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Assigns a reading with every lesson on the same times; see {@link #assign(long, long, List, Instant, Instant, int)}. */
    @Transactional
    public long assign(
            long classroomId,
            long readingId,
            List<Long> lessonIds,
            @Nullable Instant opensAt,
            @Nullable Instant dueAt) {
        return assign(classroomId, readingId, lessonIds, opensAt, dueAt, 0);
    }

    /**
     * Assigns a reading, or the chosen lessons of it (empty: all), to a class. Allowed to a teacher
     * of the class who may edit the reading. Without an opening time it opens now. With {@code
     * daysBetweenLessons} above 0 the lessons open one after another that many days apart, each
     * due as long after its opening as the first.
     */
    @Transactional
    public long assign(
            long classroomId,
            long readingId,
            List<Long> lessonIds,
            @Nullable Instant opensAt,
            @Nullable Instant dueAt,
            int daysBetweenLessons) {
        classrooms.requireTeacher(classroomId);
        library.requireEditor(readingId);
        if (classrooms.getClassroom(classroomId).archived()) {
            throw new InvalidInputException("classroom", "problem.readingService.thatClassIsArchivedRestore");
        }
        readings.findAssignmentId(classroomId, readingId).ifPresent(existing -> {
            throw new AlreadyAssignedException(existing);
        });
        Instant opens = opensAt == null ? clock.instant() : opensAt;
        checkTimes(opens, dueAt, true);
        List<ScheduledLesson> schedule = schedule(readingId, lessonIds, opens, dueAt, daysBetweenLessons);
        long id = readings.insertAssignment(
                classroomId, readingId, opens, lastDue(schedule, dueAt), List.copyOf(lessonIds));
        readings.replaceSchedule(id, schedule);
        return id;
    }

    /** Each chosen lesson's times when they are paced; empty when every lesson keeps the assignment's. */
    private List<ScheduledLesson> schedule(
            long readingId, List<Long> lessonIds, Instant opens, @Nullable Instant due, int daysBetweenLessons) {
        if (daysBetweenLessons < 0 || daysBetweenLessons > MAX_DAYS_BETWEEN_LESSONS) {
            throw new InvalidInputException(
                    "daysBetweenLessons", "problem.readingService.spaceLessons0ToDays", MAX_DAYS_BETWEEN_LESSONS);
        }
        if (daysBetweenLessons == 0) {
            return List.of();
        }
        List<Long> ordered = readings.findReadingLessons(readingId).stream()
                .map(ClassAssignment.LessonLink::lessonId)
                .filter(id -> lessonIds.isEmpty() || lessonIds.contains(id))
                .toList();
        return ScheduledLesson.paced(ordered, opens, due, daysBetweenLessons);
    }

    /** The assignment is due when its last lesson is. */
    private static @Nullable Instant lastDue(List<ScheduledLesson> schedule, @Nullable Instant due) {
        return schedule.isEmpty() ? due : schedule.getLast().dueAt();
    }

    /** An assignment as its class's teachers change it. */
    @Transactional(readOnly = true)
    public AssignmentDetails assignmentForEditing(long assignmentId) {
        return details(teachersAssignment(assignmentId));
    }

    /**
     * Adds the next lesson of the reading to an assignment given lesson by lesson (see {@link
     * AssignmentDetails#nextLesson}), keeping its times; allowed to the class's teachers.
     */
    @Transactional
    public ClassAssignment.LessonLink openNextLesson(long assignmentId) {
        ReadingRepository.AssignmentHeader header = teachersAssignment(assignmentId);
        requireActive(header.classroomId());
        AssignmentDetails details = details(header);
        ClassAssignment.LessonLink next = details.nextLesson()
                .orElseThrow(() -> new InvalidInputException(
                        "lessons", "problem.readingService.everyLessonOfIsAssigned", details.readingTitle()));
        List<Long> lessons = new ArrayList<>(details.chosenLessonIds());
        lessons.add(next.lessonId());
        readings.updateAssignment(
                assignmentId,
                header.readingId(),
                header.opensAt().toInstant(),
                header.dueAt() == null ? null : header.dueAt().toInstant(),
                List.copyOf(lessons));
        return next;
    }

    private AssignmentDetails details(ReadingRepository.AssignmentHeader header) {
        List<ScheduledLesson> schedule = readings.findSchedule(header.id());
        return new AssignmentDetails(
                header.id(),
                header.classroomId(),
                header.readingId(),
                header.readingTitle(),
                header.opensAt().toInstant(),
                schedule.isEmpty()
                        ? (header.dueAt() == null ? null : header.dueAt().toInstant())
                        : schedule.getFirst().dueAt(),
                header.wholeReading(),
                header.wholeReading() ? List.of() : readings.findChosenLessons(header.id()),
                readings.findReadingLessons(header.readingId()),
                ScheduledLesson.daysApart(schedule),
                schedule);
    }

    /** Changes an assignment with every lesson on the same times; see {@link #updateAssignment(long, List, Instant, Instant, int)}. */
    @Transactional
    public void updateAssignment(
            long assignmentId, List<Long> lessonIds, @Nullable Instant opensAt, @Nullable Instant dueAt) {
        updateAssignment(assignmentId, lessonIds, opensAt, dueAt, 0);
    }

    /**
     * Changes an assignment's lessons (empty: the whole reading) and times, those of its first
     * lesson when paced (as for {@link #assign(long, long, List, Instant, Instant, int)}); allowed
     * to the class's teachers. A due time already past is refused only when it is being changed.
     */
    @Transactional
    public void updateAssignment(
            long assignmentId,
            List<Long> lessonIds,
            @Nullable Instant opensAt,
            @Nullable Instant dueAt,
            int daysBetweenLessons) {
        ReadingRepository.AssignmentHeader header = teachersAssignment(assignmentId);
        requireActive(header.classroomId());
        AssignmentDetails before = details(header);
        Instant opens = opensAt == null ? before.opensAt() : opensAt;
        checkTimes(opens, dueAt, !Objects.equals(before.dueAt(), dueAt));
        List<ScheduledLesson> schedule = schedule(header.readingId(), lessonIds, opens, dueAt, daysBetweenLessons);
        readings.updateAssignment(
                assignmentId, header.readingId(), opens, lastDue(schedule, dueAt), List.copyOf(lessonIds));
        readings.replaceSchedule(assignmentId, schedule);
    }

    /** Who in the class has opened which of the assignment's lessons: for its teachers. */
    @Transactional(readOnly = true)
    public List<StudentProgress> progress(long assignmentId) {
        long classroomId = teachersAssignment(assignmentId).classroomId();
        List<ReadingRepository.ProgressLessonRow> rows = readings.findProgress(assignmentId, clock.instant());
        var work = lessonWork.done(
                List.of(classroomId),
                rows.stream()
                        .map(ReadingRepository.ProgressLessonRow::accountId)
                        .distinct()
                        .toList(),
                rows.stream()
                        .map(ReadingRepository.ProgressLessonRow::lessonId)
                        .distinct()
                        .toList());
        return new WorkProgress(work).students(classroomId, rows);
    }

    /** Takes a reading off a class; students' work on it is kept and returns if it is assigned again. */
    @Transactional
    public void unassign(long assignmentId) {
        ReadingRepository.AssignmentHeader header = teachersAssignment(assignmentId);
        requireActive(header.classroomId());
        readings.deleteAssignment(assignmentId);
    }

    private ReadingRepository.AssignmentHeader teachersAssignment(long assignmentId) {
        ReadingRepository.AssignmentHeader header =
                readings.findAssignment(assignmentId).orElseThrow(NotFoundException::new);
        classrooms.requireTeacher(header.classroomId());
        return header;
    }

    private void requireActive(long classroomId) {
        if (classrooms.getClassroom(classroomId).archived()) {
            throw new InvalidInputException("classroom", "problem.readingService.thatClassIsArchivedRestore2");
        }
    }

    private void checkTimes(Instant opens, @Nullable Instant dueAt, boolean dueChanged) {
        if (dueAt != null && !dueAt.isAfter(opens)) {
            throw new InvalidInputException("dueAt", "problem.readingService.theDueTimeMustBe");
        }
        if (dueChanged && dueAt != null && dueAt.isBefore(clock.instant())) {
            throw new InvalidInputException("dueAt", "problem.readingService.thatDueTimeHasAlready");
        }
    }

    /** Assigns the whole reading; a shorthand for {@link #assign(long, long, List, Instant, Instant)}. */
    @Transactional
    public long assign(long classroomId, long readingId, Instant opensAt, Instant dueAt) {
        return assign(classroomId, readingId, List.of(), opensAt, dueAt);
    }

    /** The class's assignments and their lessons; students see only assignments that are open. */
    @Transactional(readOnly = true)
    public List<ClassAssignment> assignmentsForClass(long classroomId) {
        return readings.findClassAssignments(classroomId, openCutoff(classroomId));
    }

    /**
     * A lesson as read in a class, "not found" unless it is assigned there and visible to the
     * asker. A student opening it counts as progress on "My work".
     */
    @Transactional
    public LessonPage openLesson(long classroomId, long lessonId) {
        ClassRole role = classrooms.requireEnrolment(classroomId);
        LessonPage page = readings.findLessonPage(
                        classroomId, lessonId, role == ClassRole.TEACHER ? null : clock.instant())
                .orElseThrow(NotFoundException::new);
        if (role == ClassRole.STUDENT) {
            readings.recordVisit(classroomId, currentUser.requireAccountId(), lessonId);
        }
        return page;
    }

    /**
     * The current text of a lesson as read in a class, on the same terms as {@link #openLesson}
     * but without counting as a visit: for features that work on the text (annotations).
     */
    @Transactional(readOnly = true)
    public LessonText lessonText(long classroomId, long lessonId) {
        return readings.findLessonText(classroomId, lessonId, openCutoff(classroomId), null)
                .orElseThrow(NotFoundException::new);
    }

    /** When the lesson is due in the class (empty: no due time), to those who can read it there. */
    @Transactional(readOnly = true)
    public Optional<Instant> lessonDueAt(long classroomId, long lessonId) {
        lessonText(classroomId, lessonId);
        return readings.findLessonDue(classroomId, lessonId);
    }

    /** An earlier text version of a lesson readable in the class; empty when there is no such version. */
    @Transactional(readOnly = true)
    public Optional<LessonText> lessonText(long classroomId, long lessonId, int version) {
        lessonText(classroomId, lessonId);
        return readings.findLessonText(classroomId, lessonId, openCutoff(classroomId), version);
    }

    /**
     * For live updates of a lesson screen open by many people: the lesson's current text when it is
     * assigned in the class (teachers may open it), and whether students may open it now. Asked
     * by the application itself, never by a person; empty when nobody may open it there.
     */
    @Transactional(readOnly = true)
    public Optional<LessonReach> lessonReach(long classroomId, long lessonId) {
        currentUser.requireSystem();
        return readings.findLessonText(classroomId, lessonId, null, null)
                .map(text -> new LessonReach(
                        text,
                        readings.findLessonText(classroomId, lessonId, clock.instant(), null)
                                .isPresent(),
                        readings.findLessonDue(classroomId, lessonId).orElse(null)));
    }

    /** The person's open assignments across the classes they attend, soonest due first. */
    @Transactional(readOnly = true)
    public List<WorkItem> myWork() {
        long accountId = currentUser.requireAccountId();
        List<ReadingRepository.WorkLessonRow> rows = readings.findWork(accountId, clock.instant());
        var work = lessonWork.done(
                rows.stream()
                        .map(ReadingRepository.WorkLessonRow::classroomId)
                        .distinct()
                        .toList(),
                List.of(accountId),
                rows.stream()
                        .map(ReadingRepository.WorkLessonRow::lessonId)
                        .distinct()
                        .toList());
        return new WorkProgress(work).work(accountId, rows);
    }

    /** Teachers see every assignment of their class; students only those already open. */
    private @Nullable Instant openCutoff(long classroomId) {
        return classrooms.requireEnrolment(classroomId) == ClassRole.TEACHER ? null : clock.instant();
    }
}
