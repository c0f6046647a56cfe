package app.colloquy.reading;

import app.colloquy.account.CurrentUser;
import app.colloquy.classroom.ClassRole;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReadingService {

    private final ReadingRepository readings;
    private final ClassroomService classrooms;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReadingService(ReadingRepository readings, ClassroomService classrooms, CurrentUser currentUser, Clock clock) {
        this.readings = readings;
        this.classrooms = classrooms;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Imports a reading owned by the person asking, with its lessons and prompts in order. */
    @Transactional
    public long importReading(NewReading reading) {
        long owner = currentUser.requireAccountId();
        if (reading.lessons().isEmpty()) {
            throw new IllegalArgumentException("A reading needs at least one lesson");
        }
        long readingId = readings.insertReading(owner, reading.title().strip(), reading.sourceNote(),
                reading.overview() == null ? "" : reading.overview());
        int position = 0;
        for (NewReading.NewLesson lesson : reading.lessons()) {
            long lessonId = readings.insertLesson(readingId, ++position, lesson.title().strip(), lesson.body());
            int promptPosition = 0;
            for (String question : lesson.prompts()) {
                readings.insertPrompt(lessonId, ++promptPosition, question.strip());
            }
        }
        return readingId;
    }

    /** Assigns a reading to a class; only a teacher of the class who owns the reading may. */
    @Transactional
    public void assign(long classroomId, long readingId, Instant opensAt, Instant dueAt) {
        classrooms.requireTeacher(classroomId);
        long owner = readings.findOwner(readingId).orElseThrow(NotFoundException::new);
        if (owner != currentUser.requireAccountId()) {
            throw new NotFoundException();
        }
        if (dueAt != null && !dueAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("The due time must be after the opening time");
        }
        readings.insertAssignment(classroomId, readingId, opensAt, dueAt);
    }

    /** The readings of a class and their lessons; students see only assignments that are open. */
    @Transactional(readOnly = true)
    public List<ClassReading> readingsForClass(long classroomId) {
        return readings.findClassReadings(classroomId, openCutoff(classroomId));
    }

    /** A lesson as read in a class; "not found" unless it is assigned there and visible to the asker. */
    @Transactional(readOnly = true)
    public LessonPage lessonForClass(long classroomId, long lessonId) {
        return readings.findLessonPage(classroomId, lessonId, openCutoff(classroomId))
                .orElseThrow(NotFoundException::new);
    }

    /** Teachers see every assignment of their class; students only those already open. */
    private Instant openCutoff(long classroomId) {
        return classrooms.requireEnrolment(classroomId) == ClassRole.TEACHER ? null : clock.instant();
    }
}
