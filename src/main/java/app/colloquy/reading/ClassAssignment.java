package app.colloquy.reading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A reading (or chosen lessons of it) assigned to a class, as listed on the class page; {@code
 * lessonTimes} holds the lessons that open and fall due on times of their own (paced lessons).
 */
public record ClassAssignment(
        long assignmentId,
        long readingId,
        String title,
        String overview,
        Instant opensAt,
        @Nullable Instant dueAt,
        List<LessonLink> lessons,
        Map<Long, ScheduledLesson> lessonTimes) {

    public record LessonLink(long lessonId, int position, String title) {}
}
