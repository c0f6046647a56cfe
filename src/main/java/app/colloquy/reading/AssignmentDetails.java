package app.colloquy.reading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An assignment as its teacher changes it: the reading's lessons, which of them are assigned
 * ({@code wholeReading}: all, including lessons added later), and the times: of the whole
 * assignment, or of its first lesson when the lessons open {@code daysBetweenLessons} apart.
 */
public record AssignmentDetails(
        long assignmentId,
        long classroomId,
        long readingId,
        String readingTitle,
        Instant opensAt,
        @Nullable Instant dueAt,
        boolean wholeReading,
        List<Long> chosenLessonIds,
        List<ClassAssignment.LessonLink> lessons,
        int daysBetweenLessons,
        List<ScheduledLesson> schedule) {

    /**
     * The lesson to open next when the class goes through the reading a lesson at a time: the
     * first one after the furthest lesson assigned; empty when the whole reading is assigned or
     * the last lesson is.
     */
    public Optional<ClassAssignment.LessonLink> nextLesson() {
        if (wholeReading) {
            return Optional.empty();
        }
        int furthest = lessons.stream()
                .filter(lesson -> chosenLessonIds.contains(lesson.lessonId()))
                .mapToInt(ClassAssignment.LessonLink::position)
                .max()
                .orElse(-1);
        return lessons.stream().filter(lesson -> lesson.position() > furthest).findFirst();
    }
}
