package app.colloquy.discussion;

import app.colloquy.account.CurrentUser;
import app.colloquy.classroom.ClassNames;
import app.colloquy.classroom.ClassRole;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.reading.LessonText;
import app.colloquy.reading.ReadingService;
import org.springframework.stereotype.Component;
import app.colloquy.platform.NotFoundException;

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
    record Participant(long classroomId, long accountId, boolean teacher, boolean canWrite, LessonText lesson,
                       ClassNames names) {
    }

    /** "Not found" unless the person asking can open the lesson in the class. */
    Participant participant(long classroomId, long lessonId) {
        ClassRole role = classrooms.requireEnrolment(classroomId);
        LessonText lesson = readings.lessonText(classroomId, lessonId);
        ClassroomSummary classroom = classrooms.getClassroom(classroomId);
        ClassNames names = classroom.pseudonymous() && role != ClassRole.TEACHER ? classrooms.names(classroomId) : ClassNames.REAL;
        return new Participant(classroomId, currentUser.requireAccountId(), role == ClassRole.TEACHER, !classroom.archived(),
                lesson, names);
    }

    /** As {@link #participant}, and the class must not be archived. */
    Participant writer(long classroomId, long lessonId) {
        Participant me = participant(classroomId, lessonId);
        if (!me.canWrite()) {
            throw new InvalidInputException("classroom", "This class is archived: its discussion can be read but not changed.");
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
