package app.colloquy.reading;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A reading (or chosen lessons of it) assigned to a class, as listed on the class page. */
public record ClassAssignment(
        long assignmentId,
        long readingId,
        String title,
        String overview,
        Instant opensAt,
        @Nullable Instant dueAt,
        List<LessonLink> lessons) {

    public record LessonLink(long lessonId, int position, String title) {}
}
