package app.colloquy.discussion;

import app.colloquy.account.CurrentUser;
import app.colloquy.classroom.ClassNames;
import app.colloquy.classroom.ClassRole;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.reading.LessonReach;
import app.colloquy.reading.LessonText;
import app.colloquy.reading.ReadingService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may take part in a lesson's discussion in a class: people who can open the lesson there
 * (enrolled, assignment open, lesson assigned); in archived classes they may only read.
 */
@Component
class ClassLessonAccess {

    private final ClassroomService classrooms;
    private final ReadingService readings;
    private final CurrentUser currentUser;

    ClassLessonAccess(ClassroomService classrooms, ReadingService readings, CurrentUser currentUser) {
        this.classrooms = classrooms;
        this.readings = readings;
        this.currentUser = currentUser;
    }

    /** The person asking, able to open the lesson in the class, and what they may do there. */
    record Participant(
            long classroomId, long accountId, boolean teacher, boolean canWrite, LessonText lesson, ClassNames names) {

        DiscussionRepository.Reader reader() {
            return new DiscussionRepository.Reader(accountId, teacher);
        }
    }

    /** "Not found" unless the person asking can open the lesson in the class. */
    Participant participant(long classroomId, long lessonId) {
        ClassRole role = classrooms.requireEnrolment(classroomId);
        LessonText lesson = readings.lessonText(classroomId, lessonId);
        ClassroomSummary classroom = classrooms.getClassroom(classroomId);
        ClassNames names =
                classroom.pseudonymous() && role != ClassRole.TEACHER ? classrooms.names(classroomId) : ClassNames.REAL;
        return new Participant(
                classroomId,
                currentUser.requireAccountId(),
                role == ClassRole.TEACHER,
                !classroom.archived(),
                lesson,
                names);
    }

    /**
     * Those of these accounts who can open the lesson in the class now, as {@link #participant}
     * decides for each: for live updates, asked by the application itself (one set of queries for
     * every screen of the lesson on a node).
     */
    List<Participant> participants(long classroomId, long lessonId, Collection<Long> accountIds) {
        return audience(classroomId, lessonId, accountIds).viewers();
    }

    /** The viewers of a lesson's screens who may still open it, and when the lesson is due in the class. */
    record Audience(List<Participant> viewers, @Nullable Instant dueAt) {}

    /** As {@link #participants}, with the lesson's due time in the class. */
    Audience audience(long classroomId, long lessonId, Collection<Long> accountIds) {
        Optional<LessonReach> reach = readings.lessonReach(classroomId, lessonId);
        if (reach.isEmpty()) {
            return new Audience(List.of(), null);
        }
        List<Participant> participants = new ArrayList<>();
        classrooms.members(classroomId, accountIds).forEach((account, member) -> {
            boolean teacher = member.role() == ClassRole.TEACHER;
            if (teacher || reach.get().openToStudents()) {
                participants.add(new Participant(
                        classroomId,
                        account,
                        teacher,
                        !member.classArchived(),
                        reach.get().text(),
                        member.names()));
            }
        });
        return new Audience(participants, reach.get().dueAt());
    }

    /** As {@link #participant}, and the class must not be archived. */
    Participant writer(long classroomId, long lessonId) {
        Participant me = participant(classroomId, lessonId);
        if (!me.canWrite()) {
            throw new InvalidInputException("classroom", "problem.classLessonAccess.thisClassIsArchivedIts");
        }
        return me;
    }

    /** As {@link #participant}, for the class's teachers only. */
    Participant teacher(long classroomId, long lessonId) {
        Participant me = participant(classroomId, lessonId);
        if (!me.teacher()) {
            throw new NotFoundException();
        }
        return me;
    }
}
