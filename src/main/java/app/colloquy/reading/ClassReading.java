package app.colloquy.reading;

import java.time.Instant;
import java.util.List;

/** A reading assigned to a class, as listed on the class page. */
public record ClassReading(long readingId, String title, String overview, Instant opensAt, Instant dueAt,
                           List<LessonLink> lessons) {

    public record LessonLink(long lessonId, int position, String title) {
    }
}
