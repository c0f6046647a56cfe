package app.colloquy.discussion;

import app.colloquy.account.CurrentUser;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.reading.LessonWork;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells reading which lessons students have answered in full, and the feedback they got there. */
@Component
class AnsweredLessonWork implements LessonWork {

    private final LessonWorkRepository work;
    private final ClassroomService classrooms;
    private final CurrentUser currentUser;

    AnsweredLessonWork(LessonWorkRepository work, ClassroomService classrooms, CurrentUser currentUser) {
        this.work = work;
        this.classrooms = classrooms;
        this.currentUser = currentUser;
    }

    /** A person may ask about their own work; about anyone else's only as a teacher of every class asked about. */
    @Override
    @Transactional(readOnly = true)
    public List<Done> done(Collection<Long> classroomIds, Collection<Long> accountIds, Collection<Long> lessonIds) {
        boolean ownWork = accountIds.size() == 1 && accountIds.contains(currentUser.requireAccountId());
        if (!ownWork) {
            classroomIds.forEach(classrooms::requireTeacher);
        }
        if (classroomIds.isEmpty() || accountIds.isEmpty() || lessonIds.isEmpty()) {
            return List.of();
        }
        return work.findDone(classroomIds, accountIds, lessonIds);
    }
}
